package io.dyadline.extraction.actor;

import io.dyadline.extraction.text.Token;

import java.util.List;

/**
 * A country named in a sentence, by any means.
 *
 * @param start   UTF-16 offset into the sentence's field
 * @param end     offset after the mention
 * @param token   index of the first token in the sentence
 * @param source  true when the mention only says who reports ("IRNA reported", "according to ...")
 * @param dateline true for a dateline ("TEHRAN -"): a place, not a party
 */
public record ActorMention(int start, int end, int token, String country, ActorKind kind, String rule,
                           String name, String role, boolean source, boolean dateline) {

    public boolean canBeParty() {
        return !source && !dateline && kind != ActorKind.MEDIA && kind != ActorKind.NONE;
    }

    /** The index of the first token of the sentence after this mention ("President Sisi| and"). */
    public int tokenAfter(List<Token> tokens) {
        int i = token;
        while (i < tokens.size() && tokens.get(i).start() < end) {
            i++;
        }
        return i;
    }
}
