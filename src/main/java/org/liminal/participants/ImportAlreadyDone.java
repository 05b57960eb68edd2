package org.liminal.participants;

/** An uploaded list that was imported already (confirmed twice, or reached again with the back button). */
public class ImportAlreadyDone extends RuntimeException {

	private final transient ImportResult result;

	public ImportAlreadyDone(ImportResult result) {
		super("This list was imported already");
		this.result = result;
	}

	/** What the import did when it was confirmed. */
	public ImportResult result() {
		return result;
	}

}
