package io.gongzhi.plugins.shuangluan;

import io.gongzhi.spi.LocalityModel;
import io.gongzhi.spi.model.Body;
import io.gongzhi.spi.model.CaseCategory;
import io.gongzhi.spi.model.ConfigOption;
import io.gongzhi.spi.model.DemoData;
import io.gongzhi.spi.model.EvaluationScheme;
import io.gongzhi.spi.model.GovernanceModel;
import io.gongzhi.spi.model.Indicator;
import io.gongzhi.spi.model.Level;
import io.gongzhi.spi.model.PortalSection;
import io.gongzhi.spi.model.Procedure;
import io.gongzhi.spi.model.Role;
import io.gongzhi.spi.model.RoutingTier;
import io.gongzhi.spi.model.ServiceItem;
import io.gongzhi.spi.model.Text;
import io.gongzhi.spi.model.TimeLimit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * The Shuangluan "six governances in one" (六治融合) model, from the field report {@code
 * shared/seeds/004_93ae1065f118dc25.txt} (人民网, 2022-08-03, in traditional characters; the model's
 * texts are in simplified characters). Quotations in comments are the report's wording.
 *
 * <p>Built once when the class loads; immutable, so the one instance serves every tenant and thread.
 * Values the report does not give are marked "this plugin's choice" where they are set.
 */
@Extension
public class ShuangluanModel implements LocalityModel {

    public static final String ID = "shuangluan";

    // levels
    static final String DISTRICT = "district";
    static final String STREET_LEVEL = "street";
    static final String TOWN = "town";
    static final String COMMUNITY_LEVEL = "community";
    static final String VILLAGE = "village";
    static final String COMPOUND = "compound";
    static final String BUILDING = "building";
    static final String GRID_LEVEL = "grid";

    // tiers of the event platform, lowest rank first
    static final String GRID = "grid";
    static final String COMMUNITY = "community";
    static final String STREET = "street-or-department";
    static final String CENTRE = "district-command-centre";

    // the six governances
    static final String PARTY_LEADS = "party-leads";
    static final String SELF_GOVERNANCE = "self-governance";
    static final String SMART_SERVICE = "smart-service";
    static final String CO_GOVERNANCE = "co-governance";
    static final String RULE_OF_LAW = "rule-of-law";
    static final String CULTURE_VIRTUE = "culture-virtue";

    private static final GovernanceModel MODEL = build();

    @Override
    public GovernanceModel model() {
        return MODEL;
    }

    private static Text t(String zh, String en) {
        return Text.of(zh, en);
    }

    private static GovernanceModel build() {
        return new GovernanceModel(
                ID,
                t("双滦区“六治融合”社区治理共同体", "Shuangluan: six governances in one"),
                t(
                        "党建领治、居民自治、服务智治、社会共治、平安法治、文化德治六治融合；"
                                + "区、街道（镇、区直部门）、社区三级事件平台，网格员上报、居民随手拍；"
                                + "“1+1+X+Y”网格团队，小事不出网格、大事不出社区。",
                        "Party leads, residents govern themselves, smart services, society co-governs, safety by law,"
                                + " culture and virtue, as one; a three-tier event platform (district, street/town/department,"
                                + " community) fed by grid workers and residents' photo reports; \"1+1+X+Y\" grid teams:"
                                + " small matters settled in the grid, big ones in the community."),
                levels(),
                roles(),
                bodies(),
                tiers(),
                categories(),
                procedures(),
                services(),
                evaluations(),
                List.of(PARTY_LEADS, SELF_GOVERNANCE, SMART_SERVICE, CO_GOVERNANCE, RULE_OF_LAW, CULTURE_VIRTUE),
                indicators(),
                portal(),
                config(),
                demo());
    }

    private static List<Level> levels() {
        // "轄3個街道、6個鎮、28個城市社區、63個行政村": streets hold urban communities, towns hold
        // communities and administrative villages. "每個小區(樓院)由1名社區干部擔任網格長": the
        // compound (小区/楼院) is the unit below the community, buildings (楼栋) below it.
        return List.of(
                new Level(DISTRICT, t("区", "district"), List.of(STREET_LEVEL, TOWN), null, false),
                new Level(STREET_LEVEL, t("街道", "street"), List.of(COMMUNITY_LEVEL), null, false),
                new Level(TOWN, t("镇", "town"), List.of(COMMUNITY_LEVEL, VILLAGE), null, false),
                new Level(COMMUNITY_LEVEL, t("社区", "community"), List.of(COMPOUND, GRID_LEVEL), null, false),
                // the report describes grids for communities only ("在全區社區建立…"), so a village
                // holds no grid level here
                new Level(VILLAGE, t("行政村", "administrative village"), List.of(), null, false),
                new Level(COMPOUND, t("小区（楼院）", "compound (building yard)"), List.of(BUILDING), null, false),
                new Level(BUILDING, t("楼栋", "building"), List.of(), null, false),
                // "將上級部門在社區設置的多個網格整合為一個綜合網格": one comprehensive grid overlays the
                // compounds of a community. The report gives no household size per grid (null).
                new Level(GRID_LEVEL, t("综合网格", "comprehensive grid"), List.of(), null, true));
    }

    private static List<Role> roles() {
        return List.of(
                // "1+1+X+Y" (建立了"1+1+X+Y"網格化組織體系): "每個社區由1名街道領導班子成員包聯，擔任網格
                // 工作指導員" (the first 1), "每個小區(樓院)由1名社區干部擔任網格長" (the second 1), "由若干
                // 名網格黨支部書記、樓棟長、單元長、物業員工、黨員和在職黨員等力量擔任兼職網格員" (X and Y).
                // The report spells out the two 1s but not which of the part-time grid workers are X and
                // which are Y, so they are named as the report lists them, without an X/Y label.
                new Role(
                        "grid-instructor",
                        t("网格工作指导员（包联街道领导）", "grid work instructor (street leader)"),
                        "street-staff"),
                new Role("grid-leader", t("网格长（社区干部）", "grid leader (community cadre)"), "community-staff"),
                new Role("grid-worker", t("网格员", "grid worker"), "grid-worker"),
                new Role(
                        "grid-branch-secretary",
                        t("网格党支部书记（兼职网格员）", "grid party branch secretary (part-time grid worker)"),
                        "party-member"),
                new Role("building-leader", t("楼栋长", "building leader"), "resident"),
                new Role("unit-leader", t("单元长", "unit leader"), "resident"),
                new Role("party-member", t("党员", "party member"), "party-member"),
                // "1188名在職黨員進社區報到認領網絡樓長…實現線上網絡樓長和居民樓長互相配合"
                new Role(
                        "online-building-leader",
                        t("网络楼长（在职党员认领）", "online building leader (in-service party member)"),
                        "party-member"),
                new Role("in-service-party-member", t("在职党员（“双报到”）", "in-service party member"), "party-member"),
                new Role("property-staff", t("物业员工", "property company staff"), "resident"),
                new Role("property-manager", t("物业负责人", "property company manager"), "resident"),
                new Role("community-secretary", t("社区党委书记", "community party secretary"), "community-staff"),
                new Role("committee-director", t("居委会主任", "residents' committee director"), "community-staff"),
                // "由社區干部或者網格員代辦": community cadres staff the community platform
                new Role("community-cadre", t("社区干部", "community cadre"), "community-staff"),
                new Role("owners-committee-chair", t("业委会主任", "owners' committee chair"), "resident"),
                new Role("street-staff", t("街道（镇、区直部门）工作人员", "street, town or department staff"), "street-staff"),
                new Role("dispatcher", t("区平台指挥调度中心调度员", "district command centre dispatcher"), "command-centre"),
                new Role("volunteer", t("志愿者", "volunteer"), "resident"),
                new Role("resident", t("居民", "resident"), "resident"));
    }

    private static List<Body> bodies() {
        return List.of(
                // "3個街道成立了街道大工委…由區委常委任街道大工委書記，選聘21名轄區單位黨組織書記擔任大工委兼職委員"
                new Body(
                        "street-working-committee",
                        t("街道大工委", "street party working committee"),
                        STREET_LEVEL,
                        "party",
                        List.of("grid-instructor", "street-staff")),
                // "28個城市社區全部實行'大黨委制'…物業企業負責人聘為兼職委員"
                new Body(
                        "community-party-committee",
                        t("社区大党委", "community grand party committee"),
                        COMMUNITY_LEVEL,
                        "party",
                        List.of("community-secretary", "community-cadre", "property-manager")),
                new Body(
                        "residents-committee",
                        t("社区居委会", "residents' committee"),
                        COMMUNITY_LEVEL,
                        "autonomy",
                        List.of("committee-director", "community-cadre")),
                // "成立起了'紅色業委會'，選出了…老黨員作為業委會主任"
                new Body(
                        "owners-committee",
                        t("小区业委会（红色业委会）", "owners' committee (red owners' committee)"),
                        COMPOUND,
                        "owners",
                        List.of("owners-committee-chair")),
                new Body(
                        "property-company",
                        t("物业服务企业（红色物业）", "property company (red property management)"),
                        COMPOUND,
                        "property",
                        List.of("property-manager", "property-staff")),
                // "在符合條件的物業服務企業建立黨組織7個"
                new Body(
                        "property-party-organisation",
                        t("物业企业党组织", "property company party organisation"),
                        COMPOUND,
                        "party",
                        List.of("property-manager", "party-member")),
                // "組建各具特色的網格服務團隊69支"
                new Body(
                        "grid-team",
                        t("网格服务团队", "grid service team"),
                        GRID_LEVEL,
                        "team",
                        List.of(
                                "grid-leader",
                                "grid-worker",
                                "grid-branch-secretary",
                                "building-leader",
                                "unit-leader",
                                "property-staff",
                                "party-member",
                                "in-service-party-member")),
                // "依托鄰裡服務驛站，建立'雷鋒超市'，搭建志願服務平台"
                new Body(
                        "neighbourhood-station",
                        t("邻里服务驿站（雷锋超市）", "neighbourhood service station (Lei Feng supermarket)"),
                        COMMUNITY_LEVEL,
                        "service",
                        List.of("community-cadre")),
                new Body(
                        "volunteer-team",
                        t("志愿服务队", "volunteer team"),
                        COMMUNITY_LEVEL,
                        "volunteer",
                        List.of("volunteer", "in-service-party-member")),
                // "創新實施了'調解女團'工作法"
                new Body(
                        "mediation-team",
                        t("调解女团", "women's mediation team"),
                        COMMUNITY_LEVEL,
                        "social",
                        List.of("volunteer", "community-cadre")),
                // "區級成立平台指揮調度中心"
                new Body(
                        "command-centre",
                        t("区平台指挥调度中心", "district platform command centre"),
                        DISTRICT,
                        "service",
                        List.of("dispatcher")));
    }

    private static List<RoutingTier> tiers() {
        // "平台建立區、街道(鎮、區直部門)、社區三級運行體系", with grid workers below the community
        // platform: "網格員負責對分管網格內發現事件進行上報，並對居民隨手拍事件進行研判、上報".
        return List.of(
                new RoutingTier(
                        GRID,
                        t("网格（网格员研判、上报、监督）", "grid (the grid worker reviews, reports, follows up)"),
                        1,
                        GRID_LEVEL,
                        "grid-worker"),
                // "社區建立三級平台，負責受理上級平台轉辦事件和對網格員上報事件職責超過社區辦理層面的進行上報"
                new RoutingTier(
                        COMMUNITY,
                        t("社区三级平台", "community platform (third tier)"),
                        2,
                        COMMUNITY_LEVEL,
                        "community-cadre"),
                // "街道(鎮、區直部門)建立二級平台，負責對區級指揮中心轉辦事件和社區平台上報事件進行處置和辦理"
                // level street: a town or a district department handles at the same tier
                new RoutingTier(
                        STREET,
                        t("街道（镇、区直部门）二级平台", "street, town or department platform (second tier)"),
                        3,
                        STREET_LEVEL,
                        "street-staff"),
                // "區級成立平台指揮調度中心，負責對全部事務的指揮、調度、監督和考核工作"
                new RoutingTier(CENTRE, t("区级平台指挥调度中心", "district command centre"), 4, DISTRICT, "dispatcher"));
    }

    private static List<CaseCategory> categories() {
        // The report names three categories ("違法停車、基礎設施損毀、環境衛生差等事件1090件") and implies
        // three more: disputes ("緩解了居民矛盾糾紛的擴大化", "調解女團"), illegal structures (the red
        // owners' committee "拆除了私搭亂建") and property service ("物業問題…也是造成矛盾糾紛最多的問題").
        // First tiers follow "小事不出網格、大事不出社區": small matters at the grid, matters a grid cannot
        // settle (repairs, demolition, property) at the community.
        //
        // Time limits and duplicate windows: the report gives none. They are this plugin's defaults,
        // not report figures; a district that wants others changes them here in a new plugin version.
        return List.of(
                new CaseCategory(
                        "illegal-parking", t("违法停车", "illegal parking"), GRID, TimeLimit.workingHours(8), 100, 3),
                new CaseCategory(
                        "poor-sanitation", t("环境卫生差", "poor sanitation"), GRID, TimeLimit.workingDays(1), 100, 3),
                new CaseCategory("dispute", t("矛盾纠纷", "dispute"), GRID, TimeLimit.workingDays(3), 50, 30),
                new CaseCategory(
                        "damaged-infrastructure",
                        t("基础设施损毁", "damaged infrastructure"),
                        COMMUNITY,
                        TimeLimit.workingDays(3),
                        150,
                        14),
                new CaseCategory(
                        "illegal-structure",
                        t("私搭乱建", "illegal structure"),
                        COMMUNITY,
                        TimeLimit.workingDays(10),
                        100,
                        30),
                new CaseCategory(
                        "property-service",
                        t("物业服务问题", "property service problem"),
                        COMMUNITY,
                        TimeLimit.workingDays(5),
                        100,
                        14));
    }

    private static List<Procedure> procedures() {
        return List.of(
                // 五事联办: "以社區黨組織引領，大事共議、實事共辦、要事共決、急事共商、難事共解", on the
                // "需求清單、資源清單、項目清單" of the community grand party committee and its member units'
                // "雙向認領". The five are kinds of matters; as steps they run: lists, joint meeting
                // (deliberate, consult), decision, claiming, joint handling, publication. Quorum and
                // majority of the decision are this plugin's choice (more than half, as in party
                // committee rules); the report gives none.
                new Procedure(
                        "five-matters",
                        t("五事联办", "five matters handled jointly"),
                        List.of(
                                new Procedure.Step(
                                        "lists",
                                        t("梳理需求清单、资源清单、项目清单", "draw up the demand, resource and project lists"),
                                        "community-party-committee",
                                        0,
                                        0,
                                        false),
                                new Procedure.Step(
                                        "deliberate",
                                        t("联席会议：大事共议、急事共商", "joint meeting: deliberate and consult together"),
                                        "community-party-committee",
                                        51,
                                        0,
                                        false),
                                new Procedure.Step(
                                        "decide",
                                        t("要事共决", "decide together"),
                                        "community-party-committee",
                                        51,
                                        51,
                                        true),
                                new Procedure.Step(
                                        "claim",
                                        t("成员单位双向认领项目", "member units claim the projects"),
                                        "community-party-committee",
                                        0,
                                        0,
                                        false),
                                new Procedure.Step(
                                        "handle",
                                        t("实事共办、难事共解", "do it and solve it together"),
                                        "grid-team",
                                        0,
                                        0,
                                        false),
                                new Procedure.Step(
                                        "publish",
                                        t("结果公开", "publish the result"),
                                        "residents-committee",
                                        0,
                                        0,
                                        true))),
                // 三方联动: "對事關社區長遠發展和居民切身利益的重大事項，均由社區黨組織牽頭，社區居委會組織，
                // 小區業委會執行，切實履行民主議事程序". The report says "民主議事程序" only; the owners' vote
                // here follows the Civil Code rule for owners' decisions (art. 278: two thirds take part,
                // more than half of those taking part agree), as whole percentages: quorum 67 (two
                // thirds rounded up), pass 51. This plugin's choice.
                new Procedure(
                        "three-party",
                        t("三方联动", "three-party linkage"),
                        List.of(
                                new Procedure.Step(
                                        "lead",
                                        t("社区党组织牵头", "the community party organisation leads"),
                                        "community-party-committee",
                                        0,
                                        0,
                                        false),
                                new Procedure.Step(
                                        "organise",
                                        t("社区居委会组织议事", "the residents' committee organises the deliberation"),
                                        "residents-committee",
                                        0,
                                        0,
                                        true),
                                new Procedure.Step(
                                        "owners-vote", t("业主表决", "owners vote"), "owners-committee", 67, 51, true),
                                new Procedure.Step(
                                        "execute",
                                        t("小区业委会执行", "the owners' committee carries it out"),
                                        "owners-committee",
                                        0,
                                        0,
                                        true))));
    }

    private static List<ServiceItem> services() {
        // Limits are this plugin's defaults; the report says only "在固定工作日內".
        return List.of(
                // "原來需要居民親自跑辦的事項現可以由居民直接在小程序提出申請，在固定工作日內由社區干部或者
                // 網格員代辦，將辦理結果返給居民"
                new ServiceItem(
                        "proxy-appointment",
                        t(
                                "预约代办（固定工作日内由社区干部或网格员代办）",
                                "proxy appointment (community cadres or grid workers handle it on fixed working days)"),
                        "proxy",
                        true,
                        TimeLimit.workingDays(5)),
                // "面向轄區下崗失業人員進行面點、快餐、月嫂、保育等技術培訓"
                new ServiceItem(
                        "skills-training",
                        t(
                                "就业技能培训报名（面点、快餐、月嫂、保育）",
                                "job skills training (pastry, fast food, maternity care, childcare)"),
                        "employment",
                        true,
                        TimeLimit.workingDays(10)),
                // "建立'家政服務超市'，為居民提供安全、便捷、價廉的家政服務"
                new ServiceItem(
                        "household-services",
                        t("家政服务超市预约", "household services supermarket booking"),
                        "livelihood",
                        true,
                        TimeLimit.workingDays(2)),
                // "專業心理咨詢師+志願者"
                new ServiceItem(
                        "psychological-counselling",
                        t("心理咨询室预约", "psychological counselling"),
                        "safety",
                        false,
                        TimeLimit.workingDays(5)),
                // "推行志願服務積分制管理和積分兌換模式"
                new ServiceItem(
                        "volunteer-points-exchange",
                        t("雷锋超市积分兑换", "Lei Feng supermarket points exchange"),
                        "volunteering",
                        false,
                        TimeLimit.workingDays(1)));
    }

    private static List<EvaluationScheme> evaluations() {
        // "實現進社區活動跟蹤式記錄、紀實化管理、精准化考核，把服務社區成效作為單位黨組織及在職黨員、
        // 干部年終考核…的重要依據": the report names the use, not the criteria's weights; these
        // weights are this plugin's choice.
        return List.of(new EvaluationScheme(
                "double-registration-review",
                t("“双报到”年终考核", "yearly review of double registration"),
                "yearly",
                List.of(
                        new EvaluationScheme.Criterion("activities", t("进社区活动记录", "community activities recorded"), 40),
                        new EvaluationScheme.Criterion("claimed-tasks", t("认领事项完成情况", "claimed tasks done"), 40),
                        new EvaluationScheme.Criterion("residents-rating", t("居民评议", "residents' rating"), 20))));
    }

    private static Indicator indicator(
            String code, String zh, String en, String dimension, String unit, String formula, String target) {
        return new Indicator(
                code, t(zh, en), dimension, unit, "platform", formula, target == null ? null : new BigDecimal(target));
    }

    private static List<Indicator> indicators() {
        // Formulas are over the figures of demo().figures(); targets are null unless stated.
        return List.of(
                // 党建领治
                indicator(
                        "street-working-committees",
                        "成立大工委的街道占比",
                        "streets with a party working committee",
                        PARTY_LEADS,
                        "percent",
                        "streets.working_committee / streets",
                        "100"), // "3個街道成立了街道大工委": all of them
                indicator(
                        "grand-party-committees",
                        "实行“大党委制”的社区占比",
                        "communities with a grand party committee",
                        PARTY_LEADS,
                        "percent",
                        "communities.grand_party_committee / communities",
                        "100"), // "28個城市社區全部實行'大黨委制'"
                indicator(
                        "working-committee-part-time-members",
                        "大工委兼职委员数",
                        "part-time members of the street working committees",
                        PARTY_LEADS,
                        "count",
                        "street_working_committee.part_time_members",
                        null),
                indicator(
                        "co-building-agreements",
                        "社区共建协议数",
                        "community co-building agreements signed",
                        PARTY_LEADS,
                        "count",
                        "agreements.signed",
                        null),
                // the report gives 42 done of 75 agreed so far this year, no target
                indicator(
                        "co-building-projects-done",
                        "共建项目清单完成率",
                        "co-building projects done",
                        PARTY_LEADS,
                        "percent",
                        "projects.done / projects.agreed",
                        null),
                indicator(
                        "organisations-registered",
                        "“双报到”报到党组织数",
                        "party organisations registered with communities",
                        PARTY_LEADS,
                        "count",
                        "organisations.registered",
                        null),
                indicator(
                        "party-members-registered",
                        "“双报到”报到在职党员数",
                        "in-service party members registered",
                        PARTY_LEADS,
                        "count",
                        "party_members.registered",
                        null),
                indicator(
                        "online-building-leaders",
                        "认领网络楼长的在职党员数",
                        "online building leaders claimed",
                        PARTY_LEADS,
                        "count",
                        "building_leaders.online",
                        null),
                indicator(
                        "online-building-leader-share",
                        "报到在职党员认领网络楼长比例",
                        "registered party members who lead a building online",
                        PARTY_LEADS,
                        "percent",
                        "building_leaders.online / party_members.registered",
                        null),
                // 居民自治
                indicator(
                        "three-party-matters",
                        "三方联动议定事项数",
                        "matters decided by three-party linkage",
                        SELF_GOVERNANCE,
                        "count",
                        "procedures.three-party.passed",
                        null),
                indicator(
                        "five-matters-handled",
                        "五事联办事项数",
                        "matters handled by the five-matters procedure",
                        SELF_GOVERNANCE,
                        "count",
                        "procedures.five-matters.passed",
                        null),
                // 服务智治
                indicator(
                        "cases-handled",
                        "网上办理处置事件数",
                        "cases handled online",
                        SMART_SERVICE,
                        "count",
                        "cases.reported",
                        null),
                indicator(
                        "case-closure-rate",
                        "事件结办率",
                        "case closure rate",
                        SMART_SERVICE,
                        "percent",
                        "cases.closed / cases.reported",
                        "100"), // "結辦率100%": the report's achieved rate, kept as the target
                indicator(
                        "proxy-appointments",
                        "居民预约代办件数",
                        "proxy appointments",
                        SMART_SERVICE,
                        "count",
                        "services.proxy-appointment.requested",
                        null),
                // 社会共治
                indicator(
                        "volunteer-points",
                        "志愿服务积分",
                        "volunteer points earned",
                        CO_GOVERNANCE,
                        "count",
                        "volunteering.points",
                        null),
                indicator(
                        "trainees-employed",
                        "培训后就业率",
                        "trainees who found jobs",
                        CO_GOVERNANCE,
                        "percent",
                        "training.employed / training.trained",
                        null),
                indicator(
                        "property-party-organisations",
                        "物业企业党组织数",
                        "party organisations in property companies",
                        CO_GOVERNANCE,
                        "count",
                        "property.party_organisations",
                        null),
                indicator(
                        "property-party-instructors",
                        "选派党建指导员的物业企业数",
                        "property companies with a party-building instructor",
                        CO_GOVERNANCE,
                        "count",
                        "property.companies_with_instructor",
                        null),
                // 平安法治
                indicator(
                        "grid-settled-share",
                        "小事不出网格率",
                        "share of cases settled in the grid",
                        RULE_OF_LAW,
                        "percent",
                        "cases.settled_in_grid / cases.closed",
                        null),
                indicator(
                        "community-settled-share",
                        "大事不出社区率",
                        "share of cases settled in the community",
                        RULE_OF_LAW,
                        "percent",
                        "cases.settled_in_community / cases.closed",
                        null),
                indicator("grid-teams", "网格服务团队数", "grid service teams", RULE_OF_LAW, "count", "teams.grid", null),
                // 文化德治
                indicator(
                        "neighbourhood-events",
                        "“邻里节”等主题活动场次",
                        "neighbourhood festival events",
                        CULTURE_VIRTUE,
                        "count",
                        "activities.neighbourhood",
                        null),
                indicator(
                        "residents-taking-part",
                        "参与活动居民人数",
                        "residents taking part",
                        CULTURE_VIRTUE,
                        "count",
                        "activities.participants",
                        null),
                indicator(
                        "co-building-activities",
                        "与睦邻单位共建活动场次",
                        "co-building activities with neighbouring units",
                        CULTURE_VIRTUE,
                        "count",
                        "activities.co_building",
                        null),
                indicator(
                        "theme-corridors",
                        "睦邻文化主题楼道数",
                        "neighbourliness theme corridors",
                        CULTURE_VIRTUE,
                        "count",
                        "places.theme_corridors",
                        null),
                indicator(
                        "theme-parks",
                        "睦邻党建主题公园数",
                        "neighbourliness party-building parks",
                        CULTURE_VIRTUE,
                        "count",
                        "places.theme_parks",
                        null));
    }

    private static List<PortalSection> portal() {
        return List.of(
                // "小區居民利用微信小程序'智慧雙灤'進行事件隨手拍，負責對事件辦理結果進行監督"
                new PortalSection("report", t("随手拍", "report a problem"), "report", 1),
                new PortalSection("my-cases", t("我的随手拍", "my reports"), "my-cases", 2),
                new PortalSection("proxy", t("预约代办", "proxy appointments"), "services", 3),
                new PortalSection("notices", t("社区公开", "notices"), "notices", 4),
                new PortalSection(
                        "deliberations",
                        t("社区议事（五事联办、三方联动）", "deliberations (five matters, three-party linkage)"),
                        "deliberations",
                        5),
                new PortalSection(
                        "volunteering",
                        t("志愿服务与雷锋超市积分", "volunteering and Lei Feng supermarket points"),
                        "volunteering",
                        6),
                new PortalSection("six-governances", t("六治融合指标", "six governances indicators"), "indicators", 7));
    }

    private static List<ConfigOption> config() {
        // All defaults and bounds are this plugin's choice; the report gives none.
        return List.of(
                new ConfigOption(
                        "grid.patrols-per-day",
                        t("网格员每日巡查次数", "grid patrols a day"),
                        ConfigOption.Type.INTEGER,
                        "2",
                        1L,
                        6L),
                new ConfigOption(
                        "cases.duplicate-radius-metres",
                        t("重复事件提示半径（米）", "radius for duplicate suggestions (metres)"),
                        ConfigOption.Type.INTEGER,
                        "100",
                        0L,
                        2000L),
                // "在固定工作日內由社區干部或者網格員代辦": which days is the community's choice
                new ConfigOption(
                        "services.proxy-days",
                        t("预约代办的固定工作日", "fixed working days for proxy appointments"),
                        ConfigOption.Type.STRING,
                        "周二,周四",
                        null,
                        null));
    }

    /** The report's figures, each with the wording it comes from. */
    static Map<String, BigDecimal> figures() {
        Map<String, BigDecimal> f = new LinkedHashMap<>();
        // 一、實施背景
        f.put("streets", n(3)); // 轄3個街道
        f.put("towns", n(6)); // 6個鎮
        f.put("communities", n(28)); // 28個城市社區
        f.put("villages", n(63)); // 63個行政村
        f.put("area_km2", n(451)); // 總面積451平方千米
        f.put("population", n(200_000)); // 總人口20萬
        // (一) 黨建"領治"
        f.put("streets.working_committee", n(3)); // 3個街道成立了街道大工委
        f.put("street_working_committee.part_time_members", n(21)); // 選聘21名轄區單位黨組織書記擔任大工委兼職委員
        f.put("street_working_committee.agreements", n(25)); // 簽訂共建協議書25份
        f.put("communities.grand_party_committee", n(28)); // 28個城市社區全部實行"大黨委制"
        f.put("agreements.signed", n(53)); // 今年簽訂共建協議書53份
        f.put("projects.agreed", n(75)); // 達成項目清單75個
        f.put("projects.done", n(42)); // 已完成御祥園社區綠地認領等實事42件
        f.put("organisations.registered", n(52)); // 共有52個黨組織…進社區報到
        f.put("party_members.registered", n(1580)); // 1580名在職黨員進社區報到
        f.put("building_leaders.online", n(1188)); // 1188名在職黨員進社區報到認領網絡樓長
        // (三) 服務"智治"
        f.put("cases.reported", n(1090)); // 網上辦理處置違法停車、基礎設施損毀、環境衛生差等事件1090件
        f.put("cases.closed", n(1090)); // 結辦率100%
        f.put("services.proxy-appointment.requested", n(895)); // 居民預約代辦事件895件
        // (四) 社會"共治"
        f.put("training.trained", n(684)); // 面點、快餐、月嫂、保育等技術培訓684人次
        f.put("training.employed", n(473)); // 已幫助473人成功實現就業
        f.put("property.party_organisations", n(7)); // 在符合條件的物業服務企業建立黨組織7個
        f.put("property.companies_with_instructor", n(19)); // 19家物業企業全部選派了黨建指導員
        // (五) 平安"法治"
        f.put("teams.grid", n(69)); // 組建各具特色的網格服務團隊69支
        // (六) 文化"德治"
        f.put("activities.neighbourhood", n(62)); // "鄰裡節"等主題活動62場次
        f.put("activities.participants", n(20_000)); // 參與居民2萬余人 (more than 20,000)
        f.put("activities.co_building", n(500)); // 社區與睦鄰單位開展共建活動500余場次 (more than 500)
        f.put("places.theme_corridors", n(19)); // 打造睦鄰文化主題樓道19處
        f.put("places.theme_parks", n(2)); // 睦鄰黨建主題公園2處
        return f;
    }

    private static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }

    private static DemoData demo() {
        // Only units the report names, in simplified characters with pinyin English names.
        return new DemoData(
                List.of(
                        new DemoData.Unit(DISTRICT, "shuangluan", t("双滦区", "Shuangluan District"), null),
                        new DemoData.Unit(
                                STREET_LEVEL, "yuanbaoshan", t("元宝山街道", "Yuanbaoshan Subdistrict"), "shuangluan"),
                        // "鋼城街道司法所獲評'全國先進司法所'"
                        new DemoData.Unit(STREET_LEVEL, "gangcheng", t("钢城街道", "Gangcheng Subdistrict"), "shuangluan"),
                        // "元寶山街道雙安社區原政府家屬樓"
                        new DemoData.Unit(COMMUNITY_LEVEL, "shuangan", t("双安社区", "Shuang'an Community"), "yuanbaoshan"),
                        // "居民們給住了23年的老小區取了新名字'安順樂居'"
                        new DemoData.Unit(
                                COMPOUND,
                                "anshun-leju",
                                t("安顺乐居（原政府家属楼）", "Anshun Leju (former government staff housing)"),
                                "shuangan"),
                        // the report names these communities without their street, so they have no parent
                        new DemoData.Unit(COMMUNITY_LEVEL, "yuxiangyuan", t("御祥园社区", "Yuxiangyuan Community"), null),
                        new DemoData.Unit(COMMUNITY_LEVEL, "xinggong", t("行宫社区", "Xinggong Community"), null),
                        new DemoData.Unit(COMMUNITY_LEVEL, "shusongji", t("输送机社区", "Shusongji Community"), null)),
                figures());
    }
}
