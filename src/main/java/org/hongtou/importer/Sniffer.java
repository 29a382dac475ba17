package org.hongtou.importer;

/** What an upload is, by its first bytes, so a PDF or an old .doc gets a useful error. */
final class Sniffer {

    enum Kind { ZIP, PDF, OLE, OTHER }

    private Sniffer() {
    }

    static Kind kind(byte[] b) {
        if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6)) {
            return Kind.ZIP;
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return Kind.PDF;
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Kind.OLE;
        }
        return Kind.OTHER;
    }

    static ImportException notText(Kind kind) {
        switch (kind) {
            case ZIP:
                return new ImportException(ImportException.UNSUPPORTED_FORMAT,
                        "这是ZIP/DOCX文件，不是纯文本：请按DOCX上传。",
                        "This is a ZIP/DOCX file, not plain text: upload it as DOCX.");
            case PDF:
                return new ImportException(ImportException.UNSUPPORTED_FORMAT,
                        "不支持导入PDF：请上传DOCX或纯文本。",
                        "PDF cannot be imported: upload DOCX or plain text.");
            default:
                return new ImportException(ImportException.UNSUPPORTED_FORMAT,
                        "不支持旧版Word（.doc）文件：请另存为DOCX后上传。",
                        "Old Word (.doc) files are not supported: save as DOCX and upload that.");
        }
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
