package org.hongtou.document;

/** What a file says about itself: title, author (the issuing authority), subject, keywords. */
public record Meta(String title, String author, String subject, String keywords) {
}
