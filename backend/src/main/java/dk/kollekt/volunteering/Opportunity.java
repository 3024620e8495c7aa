package dk.kollekt.volunteering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A volunteer need an NGO's staff (or an admin) posted, with the skills it wants and its shifts. */
@Entity
@Table(name = "opportunity")
public class Opportunity {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PlaceKind",
            description = "LOCATION: a company location; NGO_SITE: the NGO's site (place text); REMOTE")
    public enum PlaceKind { LOCATION, NGO_SITE, REMOTE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ngo_id")
    public long ngoId;

    /** Keycloak subject of the NGO staff member or admin who posted it: they run it and approve its hours. */
    @Column(name = "owner_subject")
    public String ownerSubject;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind")
    public PlaceKind placeKind;

    @Column(name = "location_id")
    public Long locationId;

    @Column(name = "place_text")
    public String placeText;

    @Column(name = "created_at")
    public Instant createdAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "opportunity_skill", joinColumns = @JoinColumn(name = "opportunity_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    public Set<Skill> skills = new LinkedHashSet<>();

    @OneToMany(mappedBy = "opportunity", fetch = FetchType.LAZY)
    @OrderBy("startsAt, id")
    public List<Shift> shifts = new ArrayList<>();
}
