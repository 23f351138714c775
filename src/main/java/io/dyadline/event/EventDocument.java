package io.dyadline.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;

/**
 * An event as stored by {@link EventDocuments}: its JSON is written into the answer as it is, not parsed and
 * written again.
 */
@JsonSerialize(using = EventDocument.Writer.class)
@Schema(implementation = EventView.class)
public record EventDocument(String json) {

    /** A strong validator of this version of the event: the digest of its document. */
    public String etag() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "\"" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class Writer extends JsonSerializer<EventDocument> {
        @Override
        public void serialize(EventDocument doc, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeRawValue(doc.json());
        }
    }
}
