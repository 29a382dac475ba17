package org.hongtou.layout;

import java.util.List;

/**
 * A document typeset on the GB/T 9704 grid: what every page holds and where the pages end.
 * The PDF renderer draws it; the DOCX renderer reads {@link #pages()} and
 * {@link #colophonPlacement()} to put the 版记 where the PDF has it (Word cannot know on its own
 * whether the last page is even).
 *
 * @param pages             every page, the blank one before the 版记 included
 * @param colophonPlacement where the 版记 went
 * @param bodyPages         pages holding the main part (before any blank page or 版记 page)
 */
public record Layout(List<PageLayout> pages, ColophonPlacement colophonPlacement, int bodyPages) {

    public Layout {
        pages = List.copyOf(pages);
    }

    public int pageCount() {
        return pages.size();
    }

    /** Where the 版记 sits relative to the last page of the main part. */
    public enum ColophonPlacement {
        /** No 版记 in the document. */
        NONE,
        /** At the bottom of the last page of the main part, which is even and had room. */
        SAME_PAGE,
        /** Alone on the next page (the main part ended on an odd page). */
        OWN_PAGE,
        /** The main part ended on an even page without room: a blank odd page, then the 版记. */
        AFTER_BLANK_PAGE
    }
}
