package org.placemap.atlas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.placemap.claims.DistanceClaim;

/**
 * The ids of an article's distance claims, for links ({@code /claim/<id>}), the API and the exports:
 * {@code <articleId>@<start>-<end>}, the claim's span in the article text. Two claims may share a span when one
 * distance is said of two places ("targeted Najjariyeh and Addousiyeh, two adjacent villages about 10 km from …"):
 * the first in text order keeps the plain id and each further one adds {@code ~<start of its subject>}, so that no
 * claim is lost to another's id and the ids of claims alone on their span stay what they always were.
 */
public final class ClaimIds {
    private ClaimIds() {}

    /** The id of each claim, in the order given (an article's claims, in text order). */
    public static List<String> of(List<DistanceClaim> claims) {
        List<String> ids = new ArrayList<>(claims.size());
        Set<String> taken = new HashSet<>();
        for (DistanceClaim c : claims) {
            String id = c.articleId() + "@" + c.start() + "-" + c.end();
            if (!taken.add(id)) {
                id = id + "~" + c.from().start();
                for (int n = 2; !taken.add(id); n++) {
                    id = c.articleId() + "@" + c.start() + "-" + c.end() + "~" + c.from().start() + "." + n;
                }
            }
            ids.add(id);
        }
        return ids;
    }
}
