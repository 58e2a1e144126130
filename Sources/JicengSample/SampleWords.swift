import JicengDomain

/// The words a sample city is written in: place names, unit names, meeting topics,
/// wishes and lists, as a community's own records would say them.
enum SampleWords {
    /// A name without its trailing word (建设路街道 → 建设路), to build related names from.
    static func dropping(_ suffix: String, from name: String) -> String {
        name.hasSuffix(suffix) ? String(name.dropLast(suffix.count)) : name
    }

    static let districtNames = [
        "城关区", "七里河区", "西固区", "安宁区", "红古区", "高新区", "经开区", "新区", "滨河区", "东岗区",
        "南山区", "北塘区", "金城区", "青山区", "龙泉区", "雁滩区",
    ]

    /// First parts of street and community names.
    static let placeStems = [
        "建设", "人民", "解放", "和平", "友谊", "团结", "胜利", "文化", "新华", "东风", "光明", "幸福", "长江", "黄河",
        "中山", "民主", "五一", "红旗", "铁路", "西站", "东岗", "焦家湾", "雁南", "雁北", "盐场", "拱星墩", "伏龙坪",
        "白银路", "张掖路", "皋兰路", "临夏路", "酒泉路", "广武门", "靖远路", "草场街", "嘉峪关", "火车站", "渭源路",
        "秀川", "青白石", "西湖", "敦煌路", "西园", "土门墩", "晏家坪", "龚家湾", "彭家坪", "八里窑", "魏岭", "黄峪",
        "福利路", "西柳沟", "先锋路", "四季青", "临洮街", "陈坪", "培黎", "沙井驿", "十里店", "孔家崖", "银滩路",
        "刘家堡", "安宁堡", "海石湾", "窑街", "华龙", "平安", "金港", "滨河", "南滨", "北滨", "马滩", "崔家大滩",
        "南关", "北关", "东关", "西关", "金昌路", "庆阳路", "武都路", "永昌路", "天水路", "定西路", "兰工坪", "段家滩",
    ]

    static let communitySuffixes = ["社区", "新村社区", "花园社区", "路社区", "里社区", "苑社区", "小区社区", "家园社区"]

    /// A stem that already names a road or street takes no second one (临夏路社区, not
    /// 临夏路路社区); the suffix is still drawn, so the city stays the same otherwise.
    static func communityName(_ stem: String, _ suffix: String) -> String {
        if suffix == "路社区", stem.hasSuffix("路") || stem.hasSuffix("街") { return stem + "社区" }
        return stem + suffix
    }

    static let estateWords = ["小区", "家园", "花园", "新村", "佳苑", "公寓", "大院", "华府"]

    static let unitNames: [UnitKind: [String]] = [
        .agency: ["税务局", "市场监督管理所", "司法所", "派出所", "社保中心", "自然资源局", "住建局", "供电所"],
        .enterprise: ["科技有限公司", "建设集团", "物流有限公司", "商贸有限公司", "银行支行", "石化分公司", "电力公司", "物业服务有限公司"],
        .school: ["第一中学", "第二中学", "实验小学", "职业技术学院", "幼儿园", "外国语学校"],
        .hospital: ["人民医院", "中医医院", "妇幼保健院", "社区卫生服务中心"],
        .military: ["武警中队", "消防救援站"],
        .research: ["农业科学研究院", "化学物理研究所", "规划设计研究院"],
        .socialOrg: ["志愿者协会", "社会工作服务中心", "老年协会", "商会"],
        .building: ["商务大厦", "金融中心", "国际大厦"],
        .park: ["科技园", "产业园", "创业园"],
    ]

    /// How many units of each kind a city has, per hundred.
    static let unitKindWeights: [(UnitKind, Int)] = [
        (.agency, 18), (.enterprise, 34), (.school, 14), (.hospital, 8), (.military, 2),
        (.research, 4), (.socialOrg, 10), (.building, 6), (.park, 4),
    ]

    static let jobs: [UnitKind: [String]] = [
        .agency: ["科员", "副科长", "科长", "所长", "专员"],
        .enterprise: ["职员", "工程师", "经理", "会计", "技术员", "客户经理"],
        .school: ["教师", "班主任", "教研组长", "副校长"],
        .hospital: ["医生", "护士", "护士长", "主任医师", "药剂师"],
        .military: ["战士", "指导员", "队长"],
        .research: ["研究员", "助理研究员", "工程师"],
        .socialOrg: ["社工", "项目主管", "秘书长"],
        .building: ["物业经理", "职员"],
        .park: ["职员", "工程师", "主管"],
    ]

    static let educations: [(String, Int)] = [("初中", 8), ("高中", 14), ("中专", 10), ("大专", 22), ("本科", 36), ("硕士研究生", 8), ("博士研究生", 2)]
    static let olderEducations: [(String, Int)] = [("小学", 10), ("初中", 30), ("高中", 25), ("中专", 15), ("大专", 12), ("本科", 8)]

    static let meetingTopics: [MeetingKind: [String]] = [
        .memberAssembly: ["讨论发展党员", "选举支部委员", "学习党的二十大精神", "研究年度工作计划", "讨论预备党员转正", "通报党费收缴情况"],
        .committeeMeeting: ["研究本月工作", "讨论入党积极分子培养", "部署主题党日活动", "研究网格服务事项", "研究困难党员帮扶"],
        .groupMeeting: ["学习党章", "交流学习体会", "讨论小区停车问题", "学习习近平新时代中国特色社会主义思想", "传达支部会议精神"],
        .lecture: ["书记讲党课：基层治理", "党史专题党课", "新时代党员先锋模范作用", "廉洁自律专题党课"],
        .themeDay: ["志愿服务进小区", "重温入党誓词", "清洁家园行动", "走访慰问困难群众", "参观红色教育基地", "垃圾分类宣传"],
        .jointMeeting: ["共驻共建联席会议", "辖区单位党建联席会", "党建联盟季度会议"],
        .lifeMeeting: ["年度组织生活会", "专题组织生活会"],
        .democraticReview: ["年度民主评议党员"],
    ]

    static let absenceReasons: [(String, Int)] = [("病假", 30), ("事假", 25), ("外出", 20), ("工作冲突", 15), ("照顾家人", 10)]

    static let wishes = [
        "为独居老人修水管", "给留守儿童买书包", "为老人配一副老花镜", "帮忙更换楼道灯泡", "为困难家庭送米面油",
        "陪伴空巢老人过生日", "给小朋友辅导功课", "修理轮椅", "为老人代购药品", "疏通下水道", "安装扶手",
        "帮助残疾人办理证件", "为环卫工人送清凉", "给孩子买一套课外书", "帮忙维修电视机",
    ]

    static let requesters = ["王阿姨", "李大爷", "张奶奶", "刘叔叔", "陈阿姨", "赵大爷", "小明家长", "孙奶奶", "周大叔", "吴阿姨"]

    static let needs = ["楼梯扶手", "助老餐桌", "儿童托管", "法律咨询", "健康义诊", "环境整治", "停车位规划", "文化活动场地", "政策宣讲", "就业培训"]
    static let resources = ["场地", "志愿者", "医疗服务", "法律服务", "技能培训", "图书", "文艺演出", "车辆", "资金", "专业技术"]
    static let projects = ["红色物业", "邻里守望", "助老食堂", "四点半课堂", "共享菜园", "平安巷道", "绿色家园", "便民服务站"]

    static let proposalTopics = [
        "停车难", "加装电梯", "楼道堆物清理", "小区绿化改造", "健身器材维修", "垃圾分类点位调整", "老旧管网改造",
        "夜间噪音扰民", "增设充电桩", "路灯维修", "屋顶漏水", "宠物管理",
    ]
    static let proposalStepNotes = ["居民提出", "支委会议定", "网格员组织实施", "公示栏公开结果", "居民评价"]

    static let tasks: [TaskList: [String]] = [
        .responsibility: ["落实三会一课制度", "党费收缴管理", "发展党员工作", "意识形态工作责任制"],
        .task: ["完成党员信息采集", "组织主题党日活动", "开展在职党员报到", "走访困难党员"],
        .problem: ["会议记录不全", "党员教育管理不到位", "流动党员联系不畅", "阵地建设不达标"],
        .rectification: ["整改会议记录不全", "整改党费欠缴", "整改失联党员排查", "整改组织生活不规范"],
    ]

    static let socialSectors = ["community", "non_public", "social", "agency", "school", "hospital"]
    static let transferDestinations = ["兰州市某单位党委", "天水市某社区党委", "西安市某街道党工委", "外省某支部", "北京市某企业党委"]
}
