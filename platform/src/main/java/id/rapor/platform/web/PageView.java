package id.rapor.platform.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, the page asked for (from 0), its size and the total number of matches. */
@Schema(description = "One page of a list")
public record PageView<T>(List<T> items, int page, int size, long total) {

    /** The highest page number a list accepts (400 beyond), so page × size never overflows an offset. */
    public static final int MAX_PAGE = 100_000;
}
