package dk.kollekt.cause;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Ngo", requiredProperties = {"id", "name", "posts"})
public record NgoView(long id, String name, List<ProjectPostView> posts) {

    @Schema(name = "ProjectPost", requiredProperties = {"id", "name", "active"})
    public record ProjectPostView(long id, String name, String description, boolean active) {
    }

    static NgoView from(Ngo n) {
        return new NgoView(n.id, n.name, n.posts.stream()
                .map(p -> new ProjectPostView(p.id, p.name, p.description, p.active)).toList());
    }
}
