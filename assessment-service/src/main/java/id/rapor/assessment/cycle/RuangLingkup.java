package id.rapor.assessment.cycle;

/** The type of service a lokus delivers; a mandiri cycle's lokus must cover all three when they are given. */
public enum RuangLingkup {
    ADMINISTRATIF,
    BARANG,
    JASA
}
