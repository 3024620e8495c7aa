package dk.kollekt.cause;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/** Partner NGOs and their project posts. */
@ApplicationScoped
public class CauseService {

    @Inject
    NgoRepository ngos;
    @Inject
    ProjectPostRepository posts;

    /** The project post money can be given to now; 422 naming {@code field} when it does not exist or is closed. */
    public NgoView.ProjectPostView requireActivePost(long id, String field) {
        ProjectPost post = posts.findByIdOptional(id).filter(p -> p.active).orElseThrow(() ->
                ApiProblem.unprocessable("There is no open project post " + id + ".",
                        List.of(FieldError.field(field, "no open project post with this id"))));
        return new NgoView.ProjectPostView(post.id, post.name, post.description, post.active);
    }

    /** Names of project posts by id, for views. */
    public Map<Long, String> postNames() {
        return posts.listAll().stream().collect(java.util.stream.Collectors.toMap(p -> p.id, p -> p.name));
    }

    /** Names of partner NGOs by id, for views. */
    public Map<Long, String> ngoNames() {
        return ngos.listAll().stream().collect(java.util.stream.Collectors.toMap(n -> n.id, n -> n.name));
    }

    public List<NgoView> list() {
        return ngos.listWithPosts().stream().map(NgoView::from).toList();
    }

    /** Creates the NGO with these posts (name to description) unless one of that name exists. */
    @Transactional
    public NgoView ensureNgo(String name, Map<String, String> postDescriptions) {
        Ngo ngo = ngos.findByName(name).orElse(null);
        if (ngo == null) {
            ngo = new Ngo();
            ngo.name = name;
            ngos.persist(ngo);
            for (Map.Entry<String, String> entry : postDescriptions.entrySet()) {
                ProjectPost post = new ProjectPost();
                post.ngo = ngo;
                post.name = entry.getKey();
                post.description = entry.getValue();
                posts.persist(post);
                ngo.posts.add(post);
            }
        }
        return NgoView.from(ngo);
    }
}
