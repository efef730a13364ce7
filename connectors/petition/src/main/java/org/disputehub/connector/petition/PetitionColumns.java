package org.disputehub.connector.petition;

import java.util.List;

/** The petition export's header names (SOURCES.md §2); files may put them in any order. */
final class PetitionColumns {

    static final String NUMBER = "信访件编号";
    static final String REGISTERED = "登记日期";
    static final String UPDATED = "更新时间";
    static final String FORM = "信访形式";
    static final String NAME = "信访人姓名";
    static final String ID_NUMBER = "证件号码";
    static final String PHONE = "联系电话";
    static final String ADDRESS = "住址";
    static final String HEADCOUNT = "人数";
    static final String AREA = "问题属地";
    static final String CATEGORY = "内容分类";
    static final String MATTER = "信访事项";
    static final String RESPONDENT = "被反映对象";
    static final String STATUS = "办理状态";
    static final String RESPONSIBLE_UNIT = "责任单位";
    static final String CONCLUDED = "办结日期";
    static final String REPEAT = "重复信访";
    static final String FIRST_NUMBER = "首次信访件编号";

    /** Without these a row cannot become a case. */
    static final List<String> REQUIRED = List.of(NUMBER, UPDATED, REGISTERED);

    private PetitionColumns() {
    }
}
