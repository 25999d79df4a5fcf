package id.rapor.survey.report;

import id.rapor.documents.Formats;
import id.rapor.documents.PdfReport;
import id.rapor.documents.PdfReport.Column;
import id.rapor.documents.PdfReport.Datum;
import id.rapor.survey.report.LaporanSkmData.ServiceLine;
import id.rapor.survey.report.LaporanSkmData.TrendPoint;
import id.rapor.survey.report.LaporanSkmData.Unsur;
import id.rapor.survey.result.ResultDtos.Group;
import id.rapor.survey.result.ResultDtos.ItemResult;
import id.rapor.survey.result.ResultDtos.ResultView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Lays out the Laporan Hasil Survei Kepuasan Masyarakat in the order PermenPANRB 14/2017's Lampiran gives it:
 * pendahuluan, pengumpulan data (metode, waktu, populasi dan sampel), hasil pengolahan (responden, karakteristik,
 * NRR per unsur and per jenis layanan, IKM and mutu, charts, trend), analisis, rencana tindak lanjut, kesimpulan and
 * the signatory. Every number is the result's own (already rounded by the questionnaire's grading); nothing is
 * computed here but shares of respondents.
 */
final class LaporanSkm {

    private static final Map<String, String> DIMENSIONS = Map.of(
            "gender", "Jenis kelamin",
            "ageBand", "Kelompok usia",
            "education", "Pendidikan terakhir",
            "occupation", "Pekerjaan utama",
            "serviceUsed", "Jenis layanan yang diterima");

    private static final List<String> DIMENSION_ORDER =
            List.of("gender", "ageBand", "education", "occupation", "serviceUsed");

    private static final Map<String, String> CHANNELS = Map.of(
            "WEB", "Formulir daring / kios",
            "BATCH", "Unggahan data (JSON)",
            "CSV", "Kuesioner kertas (entri CSV)");

    private LaporanSkm() {}

    static byte[] render(LaporanSkmData d) {
        ResultView r = d.result();
        try (PdfReport pdf = new PdfReport(
                "Laporan SKM " + d.unitName() + " " + d.period(),
                "Laporan SKM " + d.unitName() + " - periode " + d.period())) {
            cover(pdf, d);
            pdf.heading("BAB I  PENDAHULUAN");
            pdf.paragraph("Survei Kepuasan Masyarakat (SKM) adalah kegiatan pengukuran secara komprehensif tentang "
                    + "tingkat kepuasan masyarakat terhadap kualitas layanan yang diberikan oleh penyelenggara "
                    + "pelayanan publik. Sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman "
                    + "Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik, setiap unit "
                    + "penyelenggara pelayanan wajib melaksanakan SKM secara berkala minimal satu kali setahun.");
            pdf.paragraph("Laporan ini menyajikan hasil SKM pada " + d.unitName() + " untuk periode " + d.period()
                    + ", sebagai bahan evaluasi dan perbaikan kualitas pelayanan.");

            pdf.heading("BAB II  PENGUMPULAN DATA");
            pdf.subheading("2.1  Metode pengumpulan data");
            pdf.paragraph("Data dikumpulkan dengan kuesioner " + d.questionnaireName() + " yang memuat "
                    + d.unsur().size() + " unsur pelayanan; setiap unsur dijawab pada skala 1 sampai 4. Kanal "
                    + "pengumpulan dan jumlah jawaban yang dihitung:");
            List<List<String>> channelRows = new ArrayList<>();
            long channelTotal =
                    d.channels().values().stream().mapToLong(Long::longValue).sum();
            d.channels()
                    .forEach((channel, n) -> channelRows.add(List.of(
                            CHANNELS.getOrDefault(channel, channel),
                            Formats.count(n),
                            Formats.percent(n, channelTotal))));
            if (channelRows.isEmpty()) {
                channelRows.add(List.of("Belum ada jawaban", "0", "-"));
            }
            pdf.table(
                    List.of(Column.left("Kanal", 5), Column.right("Responden", 2), Column.right("Persentase", 2)),
                    channelRows);
            pdf.subheading("2.2  Waktu pelaksanaan");
            pdf.paragraph("Periode survei " + d.period() + ": " + Formats.date(d.periodStart()) + " sampai dengan "
                    + Formats.date(d.periodEnd()) + ".");
            pdf.subheading("2.3  Populasi dan sampel");
            pdf.paragraph("Jumlah sampel minimum ditentukan dengan tabel Krejcie dan Morgan (1970) sesuai "
                    + "PermenPANRB 14/2017: S = X2.N.P(1-P) / (d2(N-1) + X2.P(1-P)), X2 = 3,841, P = 0,5, d = 0,05.");
            var sample = r.sample();
            pdf.table(
                    List.of(Column.left("Uraian", 5), Column.right("Jumlah", 3)),
                    List.of(
                            List.of(
                                    "Populasi penerima layanan (N)",
                                    sample.population() == null ? "belum diisi" : Formats.count(sample.population())),
                            List.of(
                                    "Sampel minimum (Krejcie-Morgan)",
                                    sample.minimumSample() == null ? "-" : Formats.count(sample.minimumSample())),
                            List.of("Responden yang dihitung", Formats.count(r.respondents())),
                            List.of(
                                    "Sampel minimum terpenuhi",
                                    sample.met() == null ? "-" : sample.met() ? "Ya" : "Tidak")));

            pdf.heading("BAB III  HASIL PENGOLAHAN DATA SKM");
            pdf.subheading("3.1  Jumlah responden");
            pdf.paragraph("Jumlah responden yang dihitung: " + Formats.count(r.respondents()) + " orang. "
                    + "Jawaban yang menunggu pemeriksaan: " + Formats.count(r.flagged()) + "; dikeluarkan oleh "
                    + "evaluator: " + Formats.count(r.excluded()) + " (keduanya tidak dihitung). Mutu data: "
                    + dataQuality(r.dataQuality()) + ".");
            characteristics(pdf, d);
            pdf.subheading("3.3  Nilai per unsur pelayanan");
            unsurTable(pdf, d);
            pdf.barChart(
                    "Grafik 1. Nilai rata-rata (NRR) per unsur pelayanan",
                    r.items().stream()
                            .map(i -> new Datum(
                                    i.code(), i.nrr() == null ? null : i.nrr().doubleValue(), Formats.decimal(i.nrr())))
                            .toList(),
                    0,
                    4,
                    4);
            legend(pdf, d);
            services(pdf, d);
            trend(pdf, d);

            pdf.heading("BAB IV  ANALISIS HASIL SKM");
            analysis(pdf, d);

            pdf.heading("BAB V  RENCANA TINDAK LANJUT");
            List<List<String>> plan = new ArrayList<>();
            if (d.plans().isEmpty()) {
                pdf.paragraph("Rencana tindak lanjut perbaikan disusun atas unsur dengan nilai terendah dan dibahas "
                        + "bersama unsur masyarakat. Tabel berikut diisi oleh unit penyelenggara pelayanan.");
                List<ItemResult> lowest = lowest(r, 3);
                for (int i = 0; i < 5; i++) {
                    String unsur = i < lowest.size()
                            ? lowest.get(i).code() + " " + lowest.get(i).name()
                            : "";
                    plan.add(List.of(String.valueOf(i + 1), unsur, "", "", ""));
                }
            } else {
                pdf.paragraph("Rencana tindak lanjut perbaikan yang disusun unit penyelenggara pelayanan atas hasil "
                        + "SKM periode ini, dengan statusnya pada tanggal laporan.");
                int i = 0;
                for (LaporanSkmData.PlanLine line : d.plans()) {
                    plan.add(List.of(
                            String.valueOf(++i),
                            line.unsur(),
                            line.action() + " (" + line.status() + ")",
                            Formats.date(line.dueDate()),
                            line.owner()));
                }
            }
            pdf.table(
                    List.of(
                            Column.center("No", 0.6f),
                            Column.left("Prioritas unsur", 3),
                            Column.left("Program / kegiatan", 3.2f),
                            Column.left("Waktu", 1.6f),
                            Column.left("Penanggung jawab", 2)),
                    plan);

            pdf.heading("BAB VI  KESIMPULAN");
            pdf.paragraph(conclusion(d));
            var s = d.signatory();
            pdf.signatory(
                    (s == null || s.place == null ? "" : s.place + ", ") + Formats.date(d.printedOn()),
                    s == null ? null : s.position,
                    s == null ? null : s.name,
                    s == null ? null : Formats.nip(s.nip));
            return pdf.toBytes();
        }
    }

    private static void cover(PdfReport pdf, LaporanSkmData d) {
        pdf.space(30)
                .title(
                        "LAPORAN HASIL",
                        "SURVEI KEPUASAN MASYARAKAT (SKM)",
                        d.unitName().toUpperCase())
                .centredLine(
                        "Periode " + d.period() + " (" + Formats.date(d.periodStart()) + " - "
                                + Formats.date(d.periodEnd()) + ")",
                        11)
                .space(14);
        ResultView r = d.result();
        pdf.keyValues(List.of(
                new String[] {"Unit penyelenggara layanan", d.unitName()},
                new String[] {"Jenis unit", d.unitType()},
                new String[] {"Kode wilayah (Kemendagri)", d.regionCode()},
                new String[] {"Kuesioner", r.questionnaireCode() + " versi " + r.questionnaireVersion()},
                new String[] {"Dasar pengukuran", regulation(r.regulation())},
                new String[] {"Jumlah responden", Formats.count(r.respondents())},
                new String[] {"Indeks Kepuasan Masyarakat", Formats.decimal(r.ikmKonversi())},
                new String[] {"Selang kepercayaan 95%", interval(r)},
                new String[] {"Mutu pelayanan", r.mutu() == null ? "-" : r.mutu() + " (" + r.mutuLabel() + ")"},
                new String[] {"Tanggal cetak", Formats.date(d.printedOn())}));
        if (r.basis() != null && !r.basis().confirmed()) {
            pdf.note("Catatan: sebagian dasar perhitungan belum dikonfirmasi terhadap sumber resmi: "
                    + String.join("; ", r.basis().reasons()) + ".");
        }
    }

    private static String regulation(String code) {
        return switch (code) {
            case "PERMENPANRB_14_2017" -> "Peraturan Menteri PANRB Nomor 14 Tahun 2017";
            case "KEPMENPAN_25_2004" -> "Keputusan Menteri PAN Nomor KEP/25/M.PAN/2/2004";
            default -> code;
        };
    }

    private static String dataQuality(String code) {
        return switch (code) {
            case "OK" -> "baik";
            case "REVIEW_PENDING" -> "sebagian jawaban menunggu pemeriksaan";
            case "LOW" -> "rendah (banyak jawaban ditandai atau dikeluarkan)";
            default -> code;
        };
    }

    private static void characteristics(PdfReport pdf, LaporanSkmData d) {
        pdf.subheading("3.2  Karakteristik responden");
        pdf.paragraph("Untuk melindungi data pribadi, kelompok dengan kurang dari " + d.minimumGroupSize()
                + " responden digabung menjadi \"" + Group.MERGED + "\", dan tidak ditampilkan bila gabungannya "
                + "pun masih kurang dari " + d.minimumGroupSize() + " responden.");
        Map<String, List<Group>> breakdowns = d.result().breakdowns();
        long total = d.result().respondents();
        for (String dimension : DIMENSION_ORDER) {
            List<Group> groups = breakdowns == null ? List.of() : breakdowns.getOrDefault(dimension, List.of());
            List<List<String>> rows = new ArrayList<>();
            long shown = 0;
            for (Group g : groups) {
                rows.add(List.of(
                        groupName(dimension, g.value()),
                        Formats.count(g.respondents()),
                        Formats.percent(g.respondents(), total)));
                shown += g.respondents();
            }
            if (shown < total) {
                rows.add(List.of(
                        "Tidak ditampilkan (kelompok kecil)",
                        Formats.count(total - shown),
                        Formats.percent(total - shown, total)));
            }
            rows.add(List.of("Jumlah", Formats.count(total), total == 0 ? "-" : "100,0%"));
            pdf.table(
                    List.of(
                            Column.left(DIMENSIONS.get(dimension), 5),
                            Column.right("Responden", 2),
                            Column.right("Persentase", 2)),
                    rows,
                    rows.size() - 1);
        }
    }

    private static String groupName(String dimension, String value) {
        if ("gender".equals(dimension)) {
            return switch (value) {
                case "L" -> "Laki-laki";
                case "P" -> "Perempuan";
                default -> value;
            };
        }
        return value;
    }

    private static void unsurTable(PdfReport pdf, LaporanSkmData d) {
        ResultView r = d.result();
        List<List<String>> rows = new ArrayList<>();
        for (ItemResult i : r.items()) {
            rows.add(List.of(
                    i.code(),
                    i.name(),
                    Formats.count(i.sum()),
                    Formats.count(i.count()),
                    Formats.decimal(i.nrr()),
                    i.weight(),
                    Formats.decimal(i.weightedNrr())));
        }
        rows.add(List.of("", "IKM (skala 1-4) = jumlah NRR tertimbang", "", "", "", "", Formats.decimal(r.ikm())));
        rows.add(List.of("", "IKM unit pelayanan = IKM x 25", "", "", "", "", Formats.decimal(r.ikmKonversi())));
        rows.add(List.of(
                "",
                "Mutu pelayanan (kinerja unit)",
                "",
                "",
                "",
                "",
                r.mutu() == null ? "-" : r.mutu() + " (" + r.mutuLabel() + ")"));
        pdf.table(
                List.of(
                        Column.center("Kode", 0.9f),
                        Column.left("Unsur pelayanan", 4),
                        Column.right("Jumlah nilai", 1.4f),
                        Column.right("Jawaban", 1.3f),
                        Column.right("NRR", 1.1f),
                        Column.center("Bobot", 1),
                        Column.right("NRR tertimbang", 1.9f)),
                rows,
                rows.size() - 3,
                rows.size() - 2,
                rows.size() - 1);
        if (r.note() != null) {
            pdf.note("Catatan: " + note(r.note()) + ".");
        }
        pdf.note("NRR = jumlah nilai / jumlah jawaban; NRR tertimbang = NRR x bobot. Dihitung dengan pecahan eksak "
                + "dan dibulatkan hanya pada nilai yang dilaporkan (IKM " + r.ikmExact() + " pada skala 1-4).");
    }

    private static String note(String note) {
        return switch (note) {
            case "no responses yet" -> "belum ada jawaban";
            case "not every item has an answer yet" -> "belum semua unsur memiliki jawaban";
            case "the questionnaire has no confirmed grade bands" -> "kuesioner belum memiliki tabel mutu";
            default -> note;
        };
    }

    private static void legend(PdfReport pdf, LaporanSkmData d) {
        List<String> parts = new ArrayList<>();
        for (Unsur u : d.unsur()) {
            parts.add(u.code() + " = " + u.name());
        }
        pdf.note("Keterangan: " + String.join("; ", parts) + ".");
    }

    private static void services(PdfReport pdf, LaporanSkmData d) {
        pdf.subheading("3.4  Nilai per jenis layanan");
        if (d.services().isEmpty()) {
            pdf.paragraph("Tidak ada jenis layanan dengan responden yang cukup untuk ditampilkan.");
            return;
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.left("Jenis layanan", 3));
        columns.add(Column.right("Resp.", 1.1f));
        if (d.servicesPerUnsur()) {
            for (Unsur u : d.unsur()) {
                columns.add(Column.right(u.code(), 0.9f));
            }
        }
        columns.add(Column.right("IKM", 1.3f));
        List<List<String>> rows = new ArrayList<>();
        for (ServiceLine s : d.services()) {
            List<String> row = new ArrayList<>();
            row.add(s.name());
            row.add(Formats.count(s.respondents()));
            if (d.servicesPerUnsur()) {
                for (Unsur u : d.unsur()) {
                    row.add(Formats.decimal(s.nrr().get(u.code())));
                }
            }
            row.add(Formats.decimal(s.ikmKonversi()));
            rows.add(row);
        }
        pdf.table(columns, rows);
        if (d.servicesPerUnsur()) {
            pdf.note("Nilai per unsur adalah NRR (skala 1-4); IKM pada skala 25-100.");
        } else {
            pdf.note("IKM pada skala 25-100. NRR per unsur per jenis layanan tersedia pada laporan yang dicetak "
                    + "evaluator wilayah.");
        }
    }

    private static void trend(PdfReport pdf, LaporanSkmData d) {
        // keep the heading with its chart
        pdf.ensure(250);
        pdf.subheading("3.5  Perkembangan IKM");
        List<TrendPoint> points = d.trend();
        pdf.lineChart(
                "Grafik 2. IKM unit pelayanan per periode",
                points.stream()
                        .map(p -> new Datum(
                                p.period(),
                                p.ikmKonversi() == null ? null : p.ikmKonversi().doubleValue(),
                                Formats.decimal(p.ikmKonversi())))
                        .toList(),
                25,
                100,
                3);
        List<List<String>> rows = new ArrayList<>();
        for (TrendPoint p : points) {
            rows.add(List.of(
                    p.period(),
                    Formats.count(p.respondents()),
                    Formats.decimal(p.ikmKonversi()),
                    p.mutu() == null ? "-" : p.mutu()));
        }
        pdf.table(
                List.of(
                        Column.left("Periode", 3),
                        Column.right("Responden", 2),
                        Column.right("IKM", 2),
                        Column.center("Mutu", 1.5f)),
                rows);
        if (points.size() == 1) {
            pdf.note("Belum ada periode sebelumnya untuk dibandingkan.");
        }
    }

    private static List<ItemResult> lowest(ResultView r, int n) {
        return r.items().stream()
                .filter(i -> i.nrr() != null)
                .sorted(Comparator.comparing(ItemResult::nrr).thenComparing(ItemResult::code))
                .limit(n)
                .toList();
    }

    private static void analysis(PdfReport pdf, LaporanSkmData d) {
        ResultView r = d.result();
        List<ItemResult> lowest = lowest(r, 3);
        ItemResult highest = r.items().stream()
                .filter(i -> i.nrr() != null)
                .max(Comparator.comparing(ItemResult::nrr).thenComparing(ItemResult::code, Comparator.reverseOrder()))
                .orElse(null);
        if (highest == null) {
            pdf.paragraph("Belum ada jawaban untuk dianalisis.");
        } else {
            pdf.paragraph("Unsur dengan nilai tertinggi adalah " + highest.code() + " " + highest.name() + " (NRR "
                    + Formats.decimal(highest.nrr()) + "). Unsur dengan nilai terendah, yang menjadi prioritas "
                    + "perbaikan: "
                    + String.join(
                            ", ",
                            lowest.stream()
                                    .map(i -> i.code() + " " + i.name() + " (NRR " + Formats.decimal(i.nrr()) + ")")
                                    .toList())
                    + ".");
        }
        pdf.paragraph("Nilai persepsi, interval dan mutu pelayanan yang dipakai (nilai IKM dibulatkan dua desimal, "
                + "lalu diklasifikasikan):");
        List<List<String>> rows = new ArrayList<>();
        BigDecimal upper = new BigDecimal("100.00");
        for (LaporanSkmData.BandLine b : d.bands()) {
            rows.add(List.of(Formats.decimal(b.lowerBound()) + " - " + Formats.decimal(upper), b.code(), b.label()));
            upper = b.lowerBound().subtract(new BigDecimal("0.01"));
        }
        if (!rows.isEmpty()) {
            pdf.table(
                    List.of(
                            Column.center("Nilai interval konversi (25-100)", 3),
                            Column.center("Mutu pelayanan", 2),
                            Column.left("Kinerja unit pelayanan", 3)),
                    rows);
        }
    }

    /** The IKM's 95 % interval as printed: "84,12 - 91,38 (± 3,63)", or "-" below two respondents. */
    private static String interval(ResultView r) {
        if (r.interval() == null) {
            return "-";
        }
        return Formats.decimal(r.interval().lower()) + " - "
                + Formats.decimal(r.interval().upper()) + " (± "
                + Formats.decimal(r.interval().halfWidth()) + ")";
    }

    private static String conclusion(LaporanSkmData d) {
        ResultView r = d.result();
        if (r.ikmKonversi() == null) {
            return "Indeks belum dapat dihitung: " + note(r.note()) + ".";
        }
        String text = "Berdasarkan " + Formats.count(r.respondents()) + " responden, Indeks Kepuasan Masyarakat "
                + d.unitName() + " periode " + d.period() + " adalah " + Formats.decimal(r.ikmKonversi())
                + (r.mutu() == null ? "" : " dengan mutu pelayanan " + r.mutu() + " (" + r.mutuLabel() + ")") + ".";
        if (r.interval() != null) {
            text += " Dengan tingkat kepercayaan 95%, nilai IKM sebenarnya berada antara " + interval(r) + ".";
        }
        if (Boolean.FALSE.equals(r.sample().met())) {
            text += " Jumlah responden belum mencapai sampel minimum "
                    + Formats.count(r.sample().minimumSample()) + ", sehingga hasil perlu dibaca dengan hati-hati.";
        }
        return text;
    }
}
