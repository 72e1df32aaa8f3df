package nl.dialoog.account;

/** What an account may do: administrators also manage organisations and invite organisers. */
public enum Role {
    ADMIN, ORGANISER
}
