package id.rapor.survey.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of publication medium (website, banner, social media, print, other): a vocabulary kept as data. */
@Entity
@Table(name = "publication_medium_kind")
public class PublicationMediumKind extends PanacheEntityBase {

    @Id
    public String code;

    public String label;

    public int position;

    public boolean active;

    public boolean confirmed;

    public String note;
}
