/**
 * Import of existing annual reports (plain text or DOCX) into report data.
 *
 * <p>Entry points: {@link org.hongtou.importer.ImportService} (HTTP: importText / importDocx /
 * importAny) and {@link org.hongtou.importer.ImportRunner} (the {@code import} command). Both
 * return or write the {@link org.hongtou.model.Report} plus a list of
 * {@link org.hongtou.importer.Change}s; every failure is an
 * {@link org.hongtou.importer.ImportException} with a stable code.
 *
 * <p>How it reads a report, in order:
 * <ol>
 *   <li>bytes to lines: {@code TextDecoder} (UTF-8, else GB18030, else ICU) or {@code DocxReader}
 *       (bounded unzip, hardened StAX, list numbers regenerated from numbering.xml);</li>
 *   <li>{@code ArtefactCleaner} removes conversion debris line by line (bookmarks, tabs, stray
 *       spaces, zero-width characters) and later makes punctuation in Chinese text full-width;</li>
 *   <li>{@code ReportReader} recognises the fixed forms at the head (red header, title,
 *       recipients) and the tail (closing, 附件, signature, date, 附注, 版记), joins lines a
 *       conversion broke, then builds parts and sections from the heading numbers
 *       ({@code HeadingSyntax}) and names each part's role by its wording ({@code PartRoles}).</li>
 * </ol>
 * The wording is never changed: only whitespace, punctuation width, numbering and debris, each
 * listed as a change.
 */
package org.hongtou.importer;
