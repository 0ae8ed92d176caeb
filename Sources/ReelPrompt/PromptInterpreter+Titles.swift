/// Titles: "titled 'Urban Dreams'", "add the title Summer 2024", "标题为城市之梦", "no title".
extension PromptInterpreter {
    static let titleRules: [Rule] = [
        Rule(#"\b(?:no|without (?:a |the )?|remove (?:the )?|drop (?:the )?|delete (?:the )?) ?titles?\b|不要标题|去掉标题|删除标题|无标题"#) { _, _ in
            Found(.noTitle)
        },
        Rule(#"(?:\b(?:with |add |and |put )?(?:a |the )?(?:titled|entitled|titles?|tittle|titel|tilte|called|named|captioned|caption|title it|call it|set the title to|change the title to)|(?:加上|添加|加)?(?:标题|题目))\s*(?:为|是|叫|叫做|改成|改为|设为|[:=])?\s*(«q[a-z]+»)"#) { m, p in
            m[1].flatMap(p.quote).map { Found(.title($0)) }
        },
        // quoted text with nothing else to say about it: the title
        Rule(#"«q[a-z]+»"#) { m, p in
            p.quote(m.text).map { Found(implied: [.title($0)]) }
        },
    ]
}
