package org.hongtou.importer;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bytes of a plain-text report to a string. Chinese offices save text as UTF-8 or as GBK/GB18030
 * (Windows Notepad before 2019); a strict UTF-8 decode almost never succeeds on GBK text, so
 * UTF-8 first, then GB18030 (a superset of GBK), then ICU's guess for anything else. Binary
 * input fails loudly instead of becoming mojibake.
 */
final class TextDecoder {

    record Decoded(String text, String charset) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int MIN_ICU_CONFIDENCE = 50;
    /** Control characters other than tab, CR, LF, FF in text: binary if more than this share. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    Decoded decode(byte[] bytes, List<Change> changes) {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new ImportException(ImportException.EMPTY, "上传的文件是空的。", "The uploaded file is empty.");
        }
        Decoded d = byBom(bytes);
        if (d == null) {
            d = strict(bytes, StandardCharsets.UTF_8);
        }
        if (d == null && traditional(bytes)) {
            d = strict(bytes, Charset.forName("Big5"));
            if (d != null) {
                changes.add(Change.guessed("charset", 0, "Big5",
                        "文件不是UTF-8编码，按繁体中文Big5读取。",
                        "The file is not UTF-8; read it as Traditional Chinese Big5."));
            }
        }
        if (d == null) {
            d = strict(bytes, GB18030);
            if (d != null) {
                changes.add(Change.guessed("charset", 0, "GB18030",
                        "文件不是UTF-8编码，按GB18030（GBK）读取。",
                        "The file is not UTF-8; read it as GB18030 (GBK)."));
            }
        }
        if (d == null) {
            d = byIcu(bytes, changes);
        }
        if (d == null || looksBinary(d.text())) {
            throw new ImportException(ImportException.NOT_TEXT,
                    "无法识别为文本：请上传UTF-8或GBK编码的纯文本，或DOCX文件。",
                    "This is not readable text: upload plain text in UTF-8 or GBK, or a DOCX file.");
        }
        return d;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static Decoded byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            Decoded d = strict(java.util.Arrays.copyOfRange(b, 3, b.length), StandardCharsets.UTF_8);
            return d;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return strict(java.util.Arrays.copyOfRange(b, 2, b.length), StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return strict(java.util.Arrays.copyOfRange(b, 2, b.length), StandardCharsets.UTF_16BE);
        }
        return null;
    }

    private static Decoded strict(byte[] bytes, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes));
            return new Decoded(cb.toString(), cs.name());
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Big5 byte pairs are nearly all valid GBK too, so a strict GB18030 decode of Big5 succeeds
     * and yields nonsense; ICU's frequency statistics tell the two apart.
     */
    private static boolean traditional(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch m : detector.detectAll()) {
            if (m.getName().equals("GB18030")) {
                return false;
            }
            if (m.getName().equals("Big5")) {
                return m.getConfidence() >= MIN_ICU_CONFIDENCE;
            }
        }
        return false;
    }

    private static Decoded byIcu(byte[] bytes, List<Change> changes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < MIN_ICU_CONFIDENCE || !Charset.isSupported(match.getName())) {
            return null;
        }
        Decoded d = strict(bytes, Charset.forName(match.getName()));
        if (d != null) {
            changes.add(Change.guessed("charset", 0, match.getName(),
                    "文件编码识别为" + match.getName() + "。",
                    "Detected the file's encoding as " + match.getName() + "."));
        }
        return d;
    }

    private static boolean looksBinary(String text) {
        long control = text.chars().filter(c -> (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f')
                || c == 0xFFFD || (c >= 0x7F && c < 0xA0)).count();
        return control > text.length() * MAX_CONTROL_SHARE;
    }
}
