package io.github.gongkai.cli;

import java.io.PrintWriter;

/** Progress of a batch on standard error: a bar on a terminal, plain lines otherwise. */
final class Progress {

    /** How to show progress. */
    enum Mode { auto, bar, lines, none }

    private static final int LINE_EVERY = 1_000;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final Mode mode;
    private final int files;
    private final Lang lang;
    private int filesDone;
    private long reports;
    private boolean barShown;

    Progress(PrintWriter err, Mode mode, int files, Lang lang) {
        this.err = err;
        this.mode = mode == Mode.auto ? (System.console() != null ? Mode.bar : Mode.lines) : mode;
        this.files = files;
        this.lang = lang;
    }

    void report() {
        reports++;
        if (mode == Mode.lines && reports % LINE_EVERY == 0) {
            line();
        } else if (mode == Mode.bar && reports % 50 == 0) {
            bar();
        }
    }

    void file() {
        filesDone++;
        if (mode == Mode.bar) {
            bar();
        }
    }

    /** Prints a message on its own line, moving the bar out of the way. */
    void message(String text) {
        if (mode == Mode.none) {
            return;
        }
        if (barShown) {
            err.print("\r" + " ".repeat(BAR_WIDTH + 40) + "\r");
        }
        err.println(text);
        err.flush();
    }

    void done() {
        if (mode == Mode.bar) {
            bar();
            err.println();
        } else if (mode == Mode.lines) {
            line();
        }
        err.flush();
    }

    private void line() {
        err.println(lang.t("已处理 ", "processed ") + reports + lang.t(" 项输入，", " inputs, ") + filesDone + "/" + files
                + lang.t(" 个文件", " files"));
        err.flush();
    }

    private void bar() {
        int filled = files == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * filesDone / files);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + filesDone + "/" + files + " "
                + lang.t("文件，", "files, ") + reports + lang.t(" 项输入", " inputs"));
        err.flush();
        barShown = true;
    }
}
