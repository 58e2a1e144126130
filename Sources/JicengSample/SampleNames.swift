import JicengDomain

/// Chinese personal names: surnames by how common they are, given-name characters by
/// gender, so a roster reads like a real one (many 王 and 李, a few 欧阳).
enum SampleNames {
    /// Surnames with their share per ten thousand people (2020 census order, rounded).
    static let surnames: [(String, Int)] = [
        ("王", 710), ("李", 700), ("张", 640), ("刘", 540), ("陈", 460), ("杨", 310), ("黄", 240),
        ("赵", 230), ("吴", 200), ("周", 190), ("徐", 160), ("孙", 150), ("马", 140), ("朱", 130),
        ("胡", 130), ("郭", 110), ("何", 110), ("林", 100), ("高", 100), ("罗", 100), ("郑", 90),
        ("梁", 80), ("谢", 70), ("宋", 60), ("唐", 60), ("许", 60), ("韩", 60), ("邓", 50),
        ("冯", 50), ("曹", 50), ("彭", 50), ("曾", 50), ("肖", 40), ("田", 40), ("董", 40),
        ("潘", 40), ("袁", 40), ("蔡", 40), ("蒋", 40), ("余", 30), ("于", 30), ("杜", 30),
        ("叶", 30), ("程", 30), ("魏", 30), ("苏", 30), ("吕", 30), ("丁", 30), ("任", 30),
        ("卢", 30), ("姚", 30), ("沈", 30), ("钟", 30), ("姜", 20), ("崔", 20), ("谭", 20),
        ("陆", 20), ("范", 20), ("汪", 20), ("廖", 20), ("石", 20), ("金", 20), ("贾", 20),
        ("夏", 20), ("付", 20), ("方", 20), ("邹", 20), ("熊", 20), ("白", 20), ("孟", 20),
        ("秦", 20), ("邱", 20), ("侯", 20), ("江", 20), ("尹", 20), ("薛", 20), ("闫", 20),
        ("段", 20), ("雷", 20), ("龙", 20), ("史", 20), ("陶", 20), ("贺", 20), ("毛", 20),
        ("郝", 20), ("顾", 20), ("龚", 20), ("邵", 20), ("万", 20), ("武", 20), ("钱", 20),
        ("戴", 20), ("严", 20), ("欧阳", 3), ("司马", 1), ("上官", 1), ("诸葛", 1),
    ]

    static let maleCharacters = Array(
        "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦奇固之翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士建家致树德行时泰盛雄琛钧冠策腾楠风航弘"
    ).map(String.init)

    static let femaleCharacters = Array(
        "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂叶璐娅琦晶妍茜秋珊莎锦青倩婷婉娴瑾颖露瑶怡雁蓓仪荷丹蓉君琴蕊薇菁梦岚婕馨韵园艺咏卿澜纯悦昭冰爽茗羽希欣育滢筠柔竹凝晓欢霄枫芸菲伊亚宜可舒影丽阳妮宝睿雯萱彦宇雨曼紫逸蝶"
    ).map(String.init)

    /// Names given to a generation (建国, 卫东, 秀英): common among members born before 1970.
    static let generationNames: [(String, Gender)] = [
        ("建国", .male), ("建华", .male), ("国庆", .male), ("卫东", .male), ("建军", .male), ("志强", .male),
        ("红旗", .male), ("援朝", .male), ("秀英", .female), ("桂英", .female), ("玉兰", .female),
        ("秀兰", .female), ("桂兰", .female), ("凤英", .female), ("淑珍", .female), ("红梅", .female),
    ]

    /// Births before this year use generation names now and then.
    static let generationNamesBefore = 1970

    static func name(gender: Gender, born: Int, using rng: inout SplitMix64) -> String {
        let surname = rng.pick(surnames)
        if born < generationNamesBefore, rng.chance(0.15) {
            let matching = generationNames.filter { $0.1 == gender }
            return surname + rng.pick(matching).0
        }
        let characters = gender == .male ? maleCharacters : femaleCharacters
        // One-character given names were common until the 1990s, rarer since.
        let single = rng.chance(born < 1990 ? 0.35 : 0.15)
        return surname + rng.pick(characters) + (single ? "" : rng.pick(characters))
    }

    /// 汉族 is about 91% of the population; the rest as in the 2020 census, largest first.
    static let ethnicities: [(String, Int)] = [
        ("汉族", 9100), ("壮族", 140), ("回族", 110), ("满族", 75), ("维吾尔族", 80), ("苗族", 80),
        ("彝族", 70), ("土家族", 68), ("藏族", 50), ("蒙古族", 45), ("侗族", 25), ("布依族", 25),
        ("瑶族", 23), ("白族", 15), ("朝鲜族", 12), ("哈尼族", 12), ("黎族", 12), ("哈萨克族", 11),
        ("傣族", 10), ("畲族", 5), ("东乡族", 6), ("土族", 2),
    ]
}
