package io.dyadline.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/extract}. */
@Schema(name = "ExtractRequest")
public record ExtractRequest(
        @Schema(description = "The text to analyse", required = true) String text,
        @Schema(description = "Publication date YYYY-MM-DD that relative dates are anchored on; without it they stay "
                + "unresolved", example = "2023-09-24") String publishedAt,
        @Schema(description = "An optional headline, analysed with the text") String title) {
}
