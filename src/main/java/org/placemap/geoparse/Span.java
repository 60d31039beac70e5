package org.placemap.geoparse;

import java.util.List;
import org.placemap.corpus.Zone;
import org.placemap.gazetteer.Candidate;

/**
 * A recognised place name before resolution.
 *
 * @param suffixCue   the cue follows the name and so names the thing itself ("Khmeimim air base"), as
 *                    opposed to a cue before it that locates something in it ("the naval base in Tartus")
 * @param candidates  gazetteer candidates, best prior first; empty for a name found only by its cue
 * @param recognition how sure recognition is that this is a place name at all, in [0, 1]
 * @param form        by name, or by a nationality word ("Syrian") whose only candidate is the country
 */
record Span(int start, int end, String text, KindCue cue, boolean suffixCue, List<Candidate> candidates,
            double recognition, Zone zone, Mention.Form form) {

    /** A mention by name. */
    Span(int start, int end, String text, KindCue cue, boolean suffixCue, List<Candidate> candidates,
         double recognition, Zone zone) {
        this(start, end, text, cue, suffixCue, candidates, recognition, zone, Mention.Form.NAME);
    }

    Span withCue(KindCue newCue) {
        return new Span(start, end, text, newCue, true, candidates, recognition, zone, form);
    }

    /** This span with a cue copied from a coordinated name, and the candidates that cue adds. */
    Span withCue(KindCue newCue, boolean suffix, List<Candidate> newCandidates) {
        return new Span(start, end, text, newCue, suffix, newCandidates, recognition, zone, form);
    }
}
