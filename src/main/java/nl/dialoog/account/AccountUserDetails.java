package nl.dialoog.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Accounts as Spring Security sees them: the e-mail address (any case) is the user name, the role becomes
 * ROLE_ADMIN or ROLE_ORGANISER, and a disabled account cannot sign in. Not a bean on purpose: only
 * {@link LoginThrottle} uses it, and a second sign-in path must not appear beside the throttled one.
 */
final class AccountUserDetails implements UserDetailsService {

    private final AccountStore accounts;

    AccountUserDetails(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.credentials(email)
                .map(account -> User.withUsername(account.email())
                        .password(account.passwordHash())
                        .roles(account.role().name())
                        .disabled(!account.enabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No account with this e-mail address"));
    }
}
