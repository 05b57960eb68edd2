package org.liminal.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The slug a chapter's name suggests is lower-case ASCII with dashes, as addresses and the database want. */
class ChapterSlugsTests {

	@Test
	void accentsAndSpacesBecomePlainLettersAndDashes() {
		assertThat(ChapterSlugs.suggest("Ciudad de México")).isEqualTo("ciudad-de-mexico");
		assertThat(ChapterSlugs.suggest("  São Paulo (Zona Sul)! ")).isEqualTo("sao-paulo-zona-sul");
		assertThat(ChapterSlugs.suggest("Zürich Straße")).isEqualTo("zurich-strasse");
		assertThat(ChapterSlugs.suggest("Łódź")).isEqualTo("lodz");
		assertThat(ChapterSlugs.suggest("St. Paul / Minneapolis")).isEqualTo("st-paul-minneapolis");
	}

	@Test
	void aNameWithoutLatinLettersSuggestsNothing() {
		assertThat(ChapterSlugs.suggest("東京")).isEmpty();
		assertThat(ChapterSlugs.suggest("  --  ")).isEmpty();
	}

	@Test
	void aLongNameIsCutBetweenWords() {
		String slug = ChapterSlugs.suggest("The Greater Metropolitan Area of Somewhere Very Far Away Indeed Truly");

		assertThat(slug).isEqualTo("the-greater-metropolitan-area-of-somewhere-very-far-away");
		assertThat(ChapterSlugs.suggest("x".repeat(70))).isEqualTo("x".repeat(ChapterSlugs.MAX_LENGTH));
	}

	@Test
	void onlyLowerCaseWordsJoinedBySingleDashesAreValid() {
		assertThat(ChapterSlugs.isValid("ciudad-de-mexico")).isTrue();
		assertThat(ChapterSlugs.isValid("boston2")).isTrue();
		assertThat(ChapterSlugs.isValid("Boston")).isFalse();
		assertThat(ChapterSlugs.isValid("boston--north")).isFalse();
		assertThat(ChapterSlugs.isValid("-boston")).isFalse();
		assertThat(ChapterSlugs.isValid("méxico")).isFalse();
		assertThat(ChapterSlugs.isValid("")).isFalse();
		assertThat(ChapterSlugs.isValid("a".repeat(61))).isFalse();
	}

}
