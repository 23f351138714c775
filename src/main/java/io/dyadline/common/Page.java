package io.dyadline.common;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A page of a list, as every list endpoint answers it.
 *
 * @param next where the next page starts, for lists that can be walked by cursor ({@code after=}); absent on the
 *             last page and on lists that cannot
 */
public record Page<T>(List<T> items, int page, int size, long total,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String next) {

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }
}
