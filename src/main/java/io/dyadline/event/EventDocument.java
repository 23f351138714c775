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

    static final class Writer extends JsonSerializer<EventDocument> {
        @Override
        public void serialize(EventDocument doc, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeRawValue(doc.json());
        }
    }
}
