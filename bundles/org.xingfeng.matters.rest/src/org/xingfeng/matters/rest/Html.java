package org.xingfeng.matters.rest;

/** Small helpers for the server-rendered pages: escaping and the shared page frame. */
final class Html {

    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>"
                + "body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;max-width:52rem;margin:1.5rem auto;padding:0 1rem;color:#222;line-height:1.6}"
                + "h1{font-size:1.5rem;border-bottom:3px solid #b22;padding-bottom:.4rem}h2{font-size:1.15rem;margin-top:1.4rem;color:#822}"
                + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}"
                + "th{background:#f3ecec;width:9rem}ol.steps li{margin:.15rem 0}.note{color:#555;font-size:.9rem}"
                + "@media print{body{margin:0;max-width:none}a{color:#222;text-decoration:none}.noprint{display:none}}"
                + "</style></head><body>\n" + body + "\n</body></html>\n";
    }
}
