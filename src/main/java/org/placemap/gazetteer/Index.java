package org.placemap.gazetteer;

/**
 * Everything a {@link Gazetteer} answers from, as flat arrays: built from places by
 * {@link IndexBuilder} or read back from the binary cache by {@link IndexCache}.
 *
 * <p>Postings: in {@link #exact} {@code placeIndex << 1 | preferredNameFlag}, sorted by exact score;
 * in {@link #variant} and {@link #abbreviations} the place index, sorted by prior; in {@link #skeleton}
 * the positions of variant keys. Ties keep place order.
 */
final class Index {

    /** The places by position: records, or columns that make records on demand. */
    final PlaceTable places;
    /** {@link Prior#of} of each place. */
    final double[] prior;
    /** Place ids; a key's position is its place index. */
    final KeyIndex ids;
    /** {@link NameNormalizer#fold} of every name except abbreviations. */
    final KeyIndex exact;
    /** For each exact key, the position of its variant key in {@link #variant}, or -1. */
    final int[] exactToVariant;
    /** {@link NameNormalizer#variant} keys. */
    final KeyIndex variant;
    /** {@link NameNormalizer#skeletonOfVariant} keys → variant keys. */
    final KeyIndex skeleton;
    /** Capitalised abbreviations ({@link Names#abbreviationKey}), case-sensitive. */
    final KeyIndex abbreviations;
    final int maxNameWords;

    Index(PlaceTable places, double[] prior, KeyIndex ids, KeyIndex exact, int[] exactToVariant, KeyIndex variant,
          KeyIndex skeleton, KeyIndex abbreviations, int maxNameWords) {
        this.places = places;
        this.prior = prior;
        this.ids = ids;
        this.exact = exact;
        this.exactToVariant = exactToVariant;
        this.variant = variant;
        this.skeleton = skeleton;
        this.abbreviations = abbreviations;
        this.maxNameWords = maxNameWords;
    }

    static int place(int exactPosting) {
        return exactPosting >>> 1;
    }

    static boolean preferred(int exactPosting) {
        return (exactPosting & 1) != 0;
    }

    double exactScore(int exactPosting) {
        return prior[place(exactPosting)] + (preferred(exactPosting) ? Prior.EXACT_NAME : Prior.EXACT_ALTERNATE);
    }
}
