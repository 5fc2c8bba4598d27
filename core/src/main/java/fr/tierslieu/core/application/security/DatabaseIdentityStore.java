package fr.tierslieu.core.application.security;

import fr.tierslieu.core.domain.security.AppUser;
import fr.tierslieu.core.domain.security.PasswordHasher;
import fr.tierslieu.core.domain.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks usernames and passwords against the users table (PBKDF2 hashes) and gives the user's roles
 * as groups. Unknown and disabled users cost the same hashing time as known ones, so response
 * times do not tell which usernames exist.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    private static final String DUMMY_HASH = new PasswordHasher().hash("not-a-password".toCharArray());

    @Inject
    UserRepository users;

    private final PasswordHasher hasher = new PasswordHasher();

    @Override
    @Transactional
    public CredentialValidationResult validate(Credential any) {
        if (!(any instanceof UsernamePasswordCredential credential)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<AppUser> user = users.byUsername(credential.getCaller());
        if (user.isEmpty() || !user.get().isEnabled()) {
            hasher.verify(credential.getPassword().getValue(), DUMMY_HASH);
            return CredentialValidationResult.INVALID_RESULT;
        }
        AppUser u = user.get();
        if (!hasher.verify(credential.getPassword().getValue(), u.getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                u.getUsername(), u.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
