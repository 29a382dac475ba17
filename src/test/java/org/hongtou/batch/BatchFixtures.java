package org.hongtou.batch;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Generated batches: n townships sharing defaults, numbered from a pattern. */
public final class BatchFixtures {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    static final String[] PLACES = {"木叶", "观音寺", "磙子营", "张良", "梁洼", "瓦屋", "赵村", "四棵树", "团城", "尧山",
        "熊背", "背孜", "仓头", "董周", "辛集", "张官营", "马楼", "库区", "土门", "下汤"};

    private BatchFixtures() {
    }

    public static ObjectNode defaults() {
        ObjectNode d = JSON.createObjectNode();
        d.put("year", 2024);
        d.putObject("header").putArray("signers").add("李四");
        d.putArray("recipients").add("县委全面依法治县委员会办公室");
        d.putArray("closing").add("特此报告。");
        d.putObject("signature").put("date", "2025-02-20");
        ObjectNode c = d.putObject("colophon");
        c.putArray("cc").add("县司法局");
        c.put("printer", "县委全面依法治县委员会办公室");
        return d;
    }

    public static ObjectNode report(int i) {
        ObjectNode r = JSON.createObjectNode();
        String place = PLACES[i % PLACES.length] + (i >= PLACES.length ? String.valueOf(i / PLACES.length + 1) : "");
        r.put("authority", place + "乡人民政府");
        r.putArray("opening").add("现将" + place + "乡2024年度法治政府建设情况报告如下：");
        ArrayNode parts = r.putArray("parts");
        String[] roles = {"measures", "shortcomings", "leadership", "plans"};
        for (String role : roles) {
            ObjectNode p = parts.addObject();
            p.put("role", role);
            ObjectNode s = p.putArray("sections").addObject();
            s.put("title", "加强组织领导");
            s.put("runIn", true);
            s.putArray("paragraphs").add(place + "乡全年开展法治宣传活动" + (10 + i) + "场次，受理矛盾纠纷114宗，成功调处110宗。")
                    .add("第二段，转派工单65件，办结63件，办结率96.92%。");
        }
        return r;
    }

    public static ObjectNode batch(int n) {
        ObjectNode b = JSON.createObjectNode();
        b.set("defaults", defaults());
        ObjectNode numbering = b.putObject("numbering");
        numbering.put("pattern", "鲁法治办〔2025〕{n}号");
        numbering.put("start", 1);
        ArrayNode reports = b.putArray("reports");
        for (int i = 0; i < n; i++) {
            reports.add(report(i));
        }
        return b;
    }
}
