package dk.kollekt.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A named reference to another resource, e.g. a department. */
@Schema(name = "Ref", requiredProperties = {"id", "name"})
public record Ref(long id, String name) {
}
