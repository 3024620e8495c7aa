package dk.kollekt.cause;

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
