package io.ticketflow.mail.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface StoredAccountRepository extends Repository<StoredAccount, Long> {

	StoredAccount save(StoredAccount account);

	List<StoredAccount> findAllByOrderById();

	boolean existsByName(String name);
}
