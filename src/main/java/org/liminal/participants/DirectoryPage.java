package org.liminal.participants;

import java.util.List;

import org.liminal.shared.Paged;

/** One page of the directory, by name. */
public record DirectoryPage(List<DirectoryEntry> people, int page, int size, long total) implements Paged {
}
