package id.rapor.assessment.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One phase of a cycle's plan and the day it starts. */
@Embeddable
public class PlannedPhase {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Phase phase;

    @Column(nullable = false)
    public LocalDate starts;

    public PlannedPhase() {}

    public PlannedPhase(Phase phase, LocalDate starts) {
        this.phase = phase;
        this.starts = starts;
    }
}
