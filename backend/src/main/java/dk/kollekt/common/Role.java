package dk.kollekt.common;

/** Kollekt's realm roles, spelled as in Keycloak and in @RolesAllowed. */
public enum Role {
    employee, lead, ngo, admin
}
