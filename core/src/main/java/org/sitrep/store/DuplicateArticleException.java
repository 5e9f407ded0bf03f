package org.sitrep.store;

/** An article with this id (content hash) is already stored. */
public class DuplicateArticleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateArticleException(String articleId) {
        super("article " + articleId + " is already stored");
    }
}
