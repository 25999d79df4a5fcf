package id.rapor.assessment.cycle;

/** The PEKPPP scheme a cycle runs under (PermenPANRB 29/2022; the 2023 schemes). */
public enum Scheme {
    /** Lokus set by KemenPANRB and evaluated by the ministry: administrators only, national or a chosen scope. */
    NASIONAL,
    /** Run by a Pemda's Biro/Bagian Organisasi over its own units: needs a regional scope. */
    MANDIRI,
    /** KemenPANRB evaluates directly in priority regions or BUMN: administrators only. */
    KHUSUS,
    /** Monitors the follow-up of an earlier cycle's lokus; names that cycle and takes over its lokus. */
    PEMANTAUAN
}
