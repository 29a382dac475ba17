package org.hongtou.layout;

/**
 * The typefaces GB/T 9704 names, by the job they do. Fonts are configured per role: a DOCX font
 * name (the official one) and a PDF font file (a free one unless a deployment supplies its own).
 */
public enum FontRole {
    /** 小标宋: issuing-authority mark and title. */
    BIAOSONG,
    /** 仿宋: the default for every element. */
    FANGSONG,
    /** 黑体: level-1 headings, 密级, 紧急程度, the word 附件 on an attachment page. */
    HEITI,
    /** 楷体: level-2 headings, 签发人 names. */
    KAITI,
    /** 宋体: page numbers. */
    SONGTI
}
