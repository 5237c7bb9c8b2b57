package io.ticketflow.api;

import java.util.List;
import org.springframework.data.domain.Page;

/** One page of a list, with what a client needs to fetch the next. */
record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	/** The last page number asked for: beyond it, page × size (at most 200) no longer fits the database's offset. */
	static final int MAX_PAGE = 10_000_000;

	/** The same page, each item shown otherwise. */
	<R> PageView<R> map(java.util.function.Function<T, R> item) {
		return new PageView<>(content.stream().map(item).toList(), page, size, totalElements, totalPages);
	}

	static <T> PageView<T> of(Page<T> page) {
		return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}
}
