package nl.dialoog.account;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without looking at the password, because too many recent attempts failed. */
final class LoginThrottled extends AuthenticationException {

    LoginThrottled() {
        super("Too many failed sign-in attempts");
    }
}
