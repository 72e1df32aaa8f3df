package nl.dialoog.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Accounts as Spring Security sees them: the e-mail address (any case) is the user name, the role becomes
 * ROLE_ADMIN or ROLE_ORGANISER, and a disabled account cannot sign in. Not a bean on purpose: only the two ways in
 * use it, the throttled password ({@link LoginThrottle}) and the mailed one-time link ({@link SignInLinkPage}).
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
