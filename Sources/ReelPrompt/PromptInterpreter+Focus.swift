import Foundation
import ReelTimeline

/// What crops and zooms aim at, as people put it: the faces ("keep everyone's faces in the
/// shot", "don't crop anyone's head off", 人脸不要被裁掉, 保持人脸在画面里) or the centre ("center
/// crop", "no face tracking", 居中裁剪; "make sure the zoom follows people's faces"). "no"/不用 before the faces gives the centre.
extension PromptInterpreter {
    static let people = #"(?:faces?|heads?|people|persons?|everyone|everybody|subjects?|kids?|children|family|friends|us|"# + persons + #"|"# + animals + #")"#
    /// People named by who they are, as a group kept in frame ("keep the 2 girls in frame", "the dancers keep getting cut off").
    static let persons = #"(?:girls|boys|guys|ladies|women|men|babies|grandkids|grandchildren|twins|dancers|players|singers|students|kiddos|toddlers|brides(?:maids)?|groomsmen|couples?|siblings|sisters|brothers|cousins)"#
    /// Animals kept in frame as people are ("keep the birds in frame", "the dogs should stay in the shot").
    static let animals = #"(?:birds?|dogs?|cats?|pets?|animals?|wildlife|puppy|puppies|kittens?|horses?|hawks?|eagles?|owls?|deer|foxes|fox|rabbits?|bunny|bunnies|ducks?|geese|goose|cows?|sheep|goats?|pigs?|chickens?|bears?|whales?|dolphins?|seals?|otters?|squirrels?|butterfl(?:y|ies)|lions?|tigers?|elephants?|giraffes?|monkeys?|penguins?)"#
    static let peopleZh = #"(?:人脸|人面|脸部|面部|脸|人物|人头|头部|人像|大家|每个人|人|鸟儿?|小鸟|狗狗?|小狗|猫咪?|小猫|动物|宠物|马)"#

    /// The faces named ("faces", "heads"): what "when it crops" goes with.
    private static let facesNamed = Pattern(#"\b(?:faces?|heads?)\b"#)
    /// Faces or people named ("faces", "heads", "the kids", 脸): what "don't cut them off" (别把她们切掉) points back at.
    private static let facesOrPeopleNamed = Pattern(#"\b(?:faces?|heads?|people|everyone|everybody|kids|children|babies|family|friends|guests|rowers|players|dancers)\b|脸|头|人"#)
    /// The faces named in the words right after "when it crops" (", keep the kids' faces in frame").
    private static let facesNext = Pattern(#"^\s*,?\s*[^.;!?]{0,40}?\b(?:faces?|heads?)\b"#)

    static let focusRules: [Rule] = [
        // "don't bother looking for faces", "no need to find faces", "you don't have to track people":
        // the faces declined as what to aim at, so the centre
        Rule(#"\b(?:dont|do not|no need to|(?:you\s+)?(?:dont|do not)\s+(?:need|have)\s+to|never mind|forget(?:\s+about)?)\s+(?:bother(?:ing)?\s+(?:with\s+)?|try(?:ing)?\s+to\s+)?(?:look(?:ing)?\s+for|find(?:ing)?|detect(?:ing)?|search(?:ing)?\s+for|hunt(?:ing)?\s+for|track(?:ing)?|follow(?:ing)?)\s+(?:the\s+|any\s+|peoples?\s+)?(?:faces?|people)\b"#) { _, _ in
            Found(.focus(nil)).notNegatable
        }.needing(["face", "people"]),
        // "faces keep getting cut off", "stop cropping out my kids": a complaint the faces answer;
        // "make sure none of the kids' heads get cropped off", "so that nobody's face gets cut off": the wish said as "none of"
        Rule(#"\b(?:(?:please\s+)?(?:make sure|ensure|check|so that|so)\s+(?:that\s+)?)?(?:none|no one|nobody|not one|neither|not a single one)\s+of\s+(?:(?:the|my|our|their|his|her|these|those|your)\s+)?(?:[a-z]+s'?\s+)?(?:faces?|heads?)\s+(?:gets?|are|is|end up|ends up|will get|get|being)?\s*(?:getting\s+|being\s+)?(?:cut|cropped|chopped|clipped)(?:\s+(?:off|out))?\b"#
             + #"|\b(?:faces?|heads?)\s+(?:keep|keeps|kept|are|is|get|gets|always get|keep getting|are getting|were|got)\s+(?:getting\s+|being\s+)?(?:cut|cropped|chopped|clipped)(?:\s+(?:off|out))?\b"#
             // "the 4 dancers keep getting cut off", "my grandkids always get cropped out": the people themselves, then off or
             // out (the words before them, "the 4", are left: a count of them is read as a story number first)
             + #"|\b(?:kids|children|people|family|friends|guests|"# + persons + #")\s+(?:keep|keeps|kept|are|get|gets|always get|keep getting|are getting|were|got|all got|all get)\s+(?:getting\s+|being\s+)?(?:cut|cropped|chopped|clipped)\s+(?:off|out)\b"#
             + #"|\b(?:stop|quit|avoid|no more)\s+(?:cutting|cropping|chopping|clipping)\s+(?:off\s+|out\s+)?(?:(?:the|my|our|his|her|their|peoples?|everyones?|[a-z]+s)\s+){0,2}(?:heads?|faces?|people|kids|children|family|friends|us|them|everyone|everybody)\b(?:\s+(?:off|out))?"#) { _, _ in
            Found(.focus(.auto)).notNegatable
        }.needing(["face", "head", "crop", "cut"]),
        // "the face thing keeps picking strangers in the background", 人脸识别老是认错人: the centre then
        Rule(#"\b(?:the\s+)?(?:face|faces|face detection|face tracking|face recognition|face feature|face finder|auto framing|smart crop(?:ping)?)\s+(?:thing\s+|feature\s+|stuff\s+)?(?:keeps?\s+|always\s+|is\s+|just\s+|sometimes\s+)?(?:picking|picks|picked|finding|finds|found|grabbing|grabs|following|follows|focusing on|focuses on|going for|goes for|choosing|chooses|locking onto|locks onto|tracking|tracks|getting|gets|zooming (?:in )?on|zooms (?:in )?on)\s+(?:the\s+)?(?:wrong|random|strangers?|other|background|people in the background|someone else|somebody else)\b[^,.;!?]*"#
             // "the face tracking keeps cutting off the heavy bags", 人脸追踪老是把行李裁掉: what it crops away is not a face
             + #"|\b(?:the\s+)?(?:face detection|face tracking|face recognition|face feature|face finder|face thing|auto framing|smart crop(?:ping)?)\s+(?:thing\s+|feature\s+|stuff\s+)?(?:keeps?\s+|always\s+|just\s+|sometimes\s+)?(?:cutting|cuts|cut|cropping|crops|cropped|chopping|chops|chopped|clipping|clips)\s+(?:off|out)\s+(?!(?:the\s+|their\s+|his\s+|her\s+|peoples?\s+)?(?:faces?|heads?)\b)[^,.;!?]*"#
             + #"|(?:人脸识别|人脸追踪|人脸跟踪|识别人脸)(?:总是|老是|经常|又)?(?:认错|找错|识别错|跟错|对准了?路人|选了?路人|找到路人)[^，。,.;!?；！？]{0,8}|(?:人脸识别|人脸追踪|人脸跟踪)(?:总是|老是|经常|又)?把[^，。,.;!?；！？]{1,8}?(?:裁掉|切掉|裁到|切到|裁没)了?"#) { _, _ in
            Found(implied: [.focus(nil)]).notNegatable
        }.needing(["face", "framing", "crop", "人脸"]),
        // "keep everyone's faces in frame", "keep the singers' faces in the shot", "keep both their faces in
        // frame": whose faces, any plural or possessive
        // "make sure the crop keeps people's faces in the shot": the crop named as what keeps them;
        // "can the crop keep their faces in?": "in" at the end of the clause, the frame understood
        Rule(#"\b(?:(?:make sure|so|and)\s+)?(?:(?:the\s+)?(?:crop|crops|cropping|framing|zoom|zooms|zooming|camera)\s+(?:always\s+)?(?:keeps?|keeping)|keep|keeping|have|make sure|so|with)\s+(?:(?:both|all)\s+(?:of\s+)?(?:their|our|the|my|his|her)\s+|both\s+|the\s+|all\s+(?:the\s+)?|our\s+|their\s+|my\s+|any\s+)?(?:(?:everyones?|everybodys?|peoples?|kids|childrens?|familys?|friends|guests|[a-z]+(?:s|'s|s'|’s|s’))\s+)?(?:\d{1,2}\s+)?"# + people
             + #"\s+(?:are\s+|is\s+|stay\s+|stays\s+|remain\s+|remains\s+|always\s+|fully\s+|visible\s+|whole\s+)*(?:(?:in|inside|within)\s+(?:the\s+)?(?:frame|shot|view|picture|crop|screen)s?\b|in(?=\s*(?:$|[,.;!?])))(?:\s+(?:when|whenever|if|where|while)\s+(?:it|you|reel|the video|the app|the frame|the photos?|the camera|they)\s+(?:crops?|zooms?|cuts?|gets? cropped|is cropped|moves?|is moving|are moving|pans?|is panning|slides?)(?:\s+(?:it|them|the photos?|in|out|around|about))?\b|\s+when(?:ever)?\s+cropp(?:ing|ed)\b)?"#
             + #"|\b"# + people + #"\s+(?:should\s+|must\s+|need to\s+)?(?:stay|stays|remain|remains|be|are|kept)\s+(?:fully\s+|always\s+|visible\s+)*(?:in|inside|within)\s+(?:the\s+)?(?:frame|shot|view|picture|crop|screen)s?\b"#
             + #"|\b(?:(?:the|your)\s+(?:crop|crops|cropping|framing)\s+)?(?:dont|do not|doesnt|does not|wont|will not|shouldnt|should not|never|no)\s+(?:cut|crop|chop|clip)(?:ping)?\s+(?:off\s+|out\s+)?(?:the\s+|anyones?\s+|anybodys?\s+|everyones?\s+|everybodys?\s+|peoples?\s+|their\s+|our\s+|my\s+|any\s+|his\s+|her\s+|your\s+)?(?:[a-z]+s\s+)?(?:faces?|heads?)(?:\s+(?:off|out))?\b"#
             + #"|\b(?:nobodys|no ones?|no)\s+(?:faces?|heads?)\s+(?:gets?\s+|are\s+|is\s+|being\s+)?(?:cut|cropped|chopped)(?:\s+(?:off|out))?\b"#
             + #"|\b(?:focus|centre|center|aim|zoom)(?:ed)?\s+(?:on|at)\s+(?:the\s+|their\s+|peoples?\s+)?(?:faces?|people)\b"#
             + #"|\b(?:faces?|heads?)\s+(?:fully\s+|always\s+)?(?:in|inside|within)\s+(?:the\s+)?(?:frame|shot|view|picture|crop)s?\b"#
             + #"|\b(?:(?:the\s+)?(?:crop|crops|cropping|zoom|zooms|zooming|camera|framing)\s+(?:(?:should|must|needs? to|has to|will|can|always)\s+)?)?(?:follows?|following|tracks?|tracking|finds?|finding|detects?|detecting|aims? at|aiming at|focus(?:es)? on|focusing on|locks? (?:on|onto)|goes to|go to)\s+(?:the\s+)?(?:(?:everyones?|everybodys?|peoples?|their|our|my|kids|childrens?|familys?|guests)\s+)?(?:faces|people|heads)\b"#
             + #"|\bcrop(?:ping|s)?\s+(?:around|to|on)\s+(?:the\s+)?(?:faces|people|subjects?)\b|\bsmart\s+(?:framing|crops?|cropping)\b"#
             + #"|\b(?:the\s+)?faces\s+(?:centered|centred|in the middle|whole|uncut)\b"#
             + #"|\bface[- ]?(?:tracking|detection|aware|recognition|focus|centred|centered)\b|\bsmart crop(?:ping)?\b"#) { _, _ in
            Found(.focus(.auto))
        },
        // "make sure faces arent cut off when it crops", "when it crops, keep the kids' faces in frame":
        // when the crop happens, beside the faces asked for (before it, or in the clause after it)
        Rule(#"\b(?:when|whenever|if|while|as)\s+(?:it|you|reel|the app|the video|the photos?|they|it s|its)\s+(?:crops?|cropping|zooms?|zooming|gets? cropped|are cropped|is cropped|reframes?|resizes?)(?:\s+(?:it|them|the photos?|in|out|things))?\b|\bwhen cropp(?:ing|ed)\b"#) { m, p in
            let text = p.text as NSString
            if facesNamed.occurs(in: text.substring(to: m.range.location)) { return Found() }
            return facesNext.occurs(in: text.substring(from: m.range.location + m.range.length)) ? Found() : nil
        }.needing(["crop", "zoom", "refram", "resiz"]),
        // 人脸不要被裁掉, 人别挡住, 人脸别给我裁掉了, 头不要给我切掉 (给我: the user's own emphasis); not 那两张有人挡住了,
        // 有路人挡住了 (someone stood in the way: a reason, not a framing), nor 有一半把人头切掉了 (a complaint, read below)
        Rule(#"(?<![有被别路把])"# + peopleZh + #"(?:都|始终|一直|要|得)?(?:不要|别|不能|不会|不)?(?:(?:被|给)(?:我|你)?)?(?:裁走|切走|裁掉|切掉|裁到|切到|截掉|裁切|裁剪掉|剪掉|挡住|出框|切头)"#
             + #"|(?:保持|保证|让|确保|要|把)?"# + peopleZh + #"(?:都|始终|一直|要|全)?(?:保持|留|放)?(?:在)(?:画面|画框|镜头|框|屏幕)(?:里|内|中|里面)?"#
             + #"|(?:不要|别|不能|避免|千万别)(?:把)?(?:被)?(?:裁|切|截|剪)(?:到|掉)?(?:人|[^，。,.;!?；！？\\s]{1,4}?的)?(?:头|脸|人脸|头部|脸部)"#
             + #"|(?:不要|别|不能|避免|千万别)(?:把|让)?(?:人|[^，。,.;!?；！？\\s]{1,4}?的)?(?:头|脸|人脸|头部|脸部)(?:(?:给|被)(?:我|你)?)?(?:裁|切|截|剪)(?:掉|到|了)?"#
             + #"|(不)?(?:对准|聚焦|识别|跟踪|追踪|对焦|突出)(?:到)?"# + peopleZh + #"|"# + peopleZh + #"(?:要|都|保持)?(?:识别|跟踪|追踪|对焦|居中|完整|优先)|智能裁剪"#
             + #"|(?:不要|别|不能|不是|不想)(?:只|光|仅|单纯)(?:是)?(?:裁|切|截|剪|对准|对着|盯着|取|裁剪|保留|留)(?:画面)?(?:的)?(?:中间|中心|正中间?|中央)(?:部分|那块)?"#
             // 所有照片都要见到他们的脸, 每张都要看得到大家的脸, 所有相都要見到佢哋塊面 (Cantonese): every face to be seen
             + #"|要(?:能|可以)?(?:见到|看到|看得到|看得见|见得到|看见|看清|看清楚)(?:"# + peopleZh + #"|它们|他们|她们|佢哋|每个人|新人|[^，。,.;!?；！？\\s]{1,4}?的)?(?:的)?(?:脸|正脸|样子|五官)"#) { m, _ in
            // 不识别人脸: the centre
            if m[1] != nil { return Found(.focus(nil)).notNegatable }
            // 人脸不要被裁掉, 人脸别给裁掉了: the "不要" is part of the words, not a negation of them
            let inner = Found(.focus(.auto))
            return Pattern(#"^(?:不要|别|不能|避免|千万别|不是|不想)|^"# + peopleZh + #"(?:都|始终|一直|要|得)?(?:不要|别|不能|不会|不)"#).occurs(in: m.text) ? inner.notNegatable : inner
        },
        // "keep the babies' faces in the frame, don't chop them off", "please don't crop anyone out": the faces
        // (or people) not to be cut off, said with a pronoun once they were named (the "dont" is part of the wish)
        // 保持宝宝们的脸在画面里，别把她们切掉: the same in Chinese, the pronoun after 把
        Rule(#"\b(?:dont|do not|never|no)\s+(?:cut|crop|chop|clip|slice)(?:ping)?\s+(?:(them|em|anyone|anybody|people|everyone|everybody|any of them)\s+(?:off|out)|off\s+(them|anyone|anybody|people|everyone|everybody))\b|(?:不要|别|千万别|不能)(?:把|让)(他们|她们|它们|他|她|大家|宝宝们?|孩子们?)(?:(?:给|被)(?:我|你)?)?(?:裁|切|截|剪)(?:掉|到|走)"#) { m, p in
            let who = m[1] ?? m[2] ?? m[3] ?? ""
            let pronoun = ["them", "em", "any of them", "他们", "她们", "它们", "他", "她"].contains(who)
            return !pronoun || facesOrPeopleNamed.occurs(in: p.text) ? Found(.focus(.auto)).notNegatable : nil
        }.needing(["cut", "crop", "chop", "clip", "slice", "裁", "切", "截", "剪"]),
        // "make sure peoples faces dont get cut off", "heads shouldn't be cropped": the "dont" is part of the wish;
        // "the kitties' faces", "my dogs' heads": whose faces, any plural or possessive
        Rule(#"\b(?:(?:the|our|their|my|any|all|his|her)\s+)?(?:(?:peoples?|everyones?|everybodys?|kids|guests|[a-z]+s)\s+)?(?:faces?|heads?)\s+(?:dont|do not|doesnt|does not|wont|will not|never|shouldnt|should not|must not|cant|cannot|arent|are not|isnt|is not)\s+(?:get\s+|be\s+|end up\s+|getting\s+)?(?:cut|cropped|chopped|clipped)(?:\s+(?:off|out))?\b"#) { _, _ in
            Found(.focus(.auto)).notNegatable
        }.needing(["face", "head"]),
        // "the zoom keeps cutting off my daughter's head", "half the group shots cut off somebody's head", 缩放老是把头切掉:
        // a complaint the faces answer
        Rule(#"\b(?:(?:the|this|that|your)\s+(?:crop|crops|cropping|zoom|zooms|zooming|framing|camera|motion|ken burns|effect|pan|panning)\s+)?(?:keeps?|kept|always|is|its|are|it|(?:(?:half|most|some|all|a few|a lot|lots|many|several|a couple|one|two|three)\s+(?:of\s+)?)?(?:the|my|our|these|those)\s+(?:[a-z]+\s+)?(?:shots|photos|pictures|pics|images|crops)(?:\s+(?:keep|kept|always|all))?)\s+(?:cut(?:s|ting)?|crop(?:s|ping|ped)?|chop(?:s|ping|ped)?|clip(?:s|ping|ped)?)\s+(?:off\s+|out\s+)?(?:(?:the|my|our|his|her|their|peoples?|everyones?|[a-z]+s)\s+){0,2}(?:heads?|faces?)(?:\s+(?:off|out))?\b"#
             // 合照有一半把人头切掉了, 好几张照片都把脸裁掉了: a share of the photos that cut heads off
             + #"|(?:(?:合照|合影|集体照|照片|相片)(?:里|中)?有?|有)?(?:一半|一大半|几张|好几张|有些|有几张|不少|很多张?|大部分|大多数|一些)(?:的)?(?:照片|相片|图|合照)?(?:都)?(?:把)[^，。,.;!?；！？]{0,6}?(?:头|脸)(?:给)?(?:裁|切|截|剪)(?:掉|到|了)+"#
             + #"|(?:总是|老是|一直|经常|又|常常|会)(?:把)?[^，。,.;!?；！？]{0,6}?(?:头|脸)(?:给)?(?:裁|切|截|剪)(?:掉|到|了)+|(?:总是|老是|一直|经常|又|常常)(?:会)?(?:裁|切|截|剪)(?:到|掉)了?[^，。,.;!?；！？]{0,6}?(?:头|脸)"#) { _, _ in
            Found(.focus(.auto)).notNegatable
        }.needing(["face", "head", "头", "脸"]),
        Rule(#"\b(?:keep|make|have|leave)?\s*(?:the\s+)?(?:framing|crops?|cropping|zooms?|zooming)\s+(?:centered|centred|central|in the (?:center|centre|middle))\b|\b(?:(?:plain|simple|basic|normal|regular|standard|straight)\s+)?cent(?:er|re)(?:ed)?\s+(?:the\s+)?(?:crops?|framing|cropping)\b(?:\s+(?:it|them|everything|all of them|the photos|the pictures))?|\bcrop\s+(?:(?:it|them|everything|all of them|(?:(?:every|each|all|all the|all of the|the|my|our|these|those)\s+)?(?:photos?|pictures?|pics|images?|shots?|ones?))\s+)?(?:(?:straight|right|dead|squarely|exactly|evenly|simply)\s+)?(?:(?:from|in|at|to|around|on)\s+(?:the\s+)?|the\s+)(?:cent(?:er|re)|middle)\b|\bcrop\s+(?:it\s+|them\s+|everything\s+)?(?:dead|smack)\s+(?:cent(?:er|re)|middle)\b|\bjust\s+(?:crop\s+)?(?:the\s+)?(?:cent(?:er|re)|middle)(?:\s+crop(?:\s+(?:it|them|everything|all of them|the photos|the pictures))?)?\b|(?:居中|中间|中心)(?:裁剪|裁切|裁|构图|取景)|从中间裁(?:剪|切)?|(?:裁剪|裁切|构图|取景)(?:就|都|也|请|要)?(?:用|放|在)?(?:居中|中间|正中间?|中心)"#) { _, _ in
            // "plain centre crop", "just center crop it", "crop every photo from the center", "crop straight from the middle", 居中裁剪,
            // 裁剪就居中: the centre
            Found(.focus(nil))
        },
        // "keep the rooms centred rather than guessing where to crop", "keep the cakes in the middle of the frame",
        // "don't guess where to crop, just centre it": what the photos show kept in the middle, or the crop not to be
        // worked out, so the centre; not the title ("keep the title centred") nor faces or people ("keep the faces
        // centred" is the faces, read above)
        Rule(#"\bkeep(?:ing)?\s+(?:the\s+|my\s+|our\s+|all(?:\s+the)?\s+|each\s+|every\s+)?(?!(?:title|titles|text|caption|captions|words|writing|logo|heading|faces?|heads?|people|everyone|everybody|it|them|things)\b)[a-z]+\s+(?:centered|centred|central|in the (?:center|centre|middle)(?: of (?:the )?(?:frame|shot|picture|screen))?)\b(?:\s*,?\s*(?:rather than|instead of|not|and (?:dont|do not|no)|dont|do not|no)\s+(?:guess(?:ing)?|choos(?:e|ing)|decid(?:e|ing)|pick(?:ing)?|work(?:ing)? out|figur(?:e|ing) out|tr(?:y|ying) to (?:guess|work out|figure out|find))\s+(?:where|what|how)\s+to\s+(?:crop(?: (?:it|them))?|frame (?:it|them)|focus(?: on)?|aim(?: at)?|zoom(?: in)?(?: on)?))?"#
             + #"|\b(?:rather than|instead of|(?:please\s+)?(?:dont|do not|no need to|(?:you\s+)?(?:dont|do not)\s+(?:need|have)\s+to))\s+(?:(?:try(?:ing)?\s+to|bother(?:ing)?)\s+)?(?:guess(?:ing)?|decid(?:e|ing)|pick(?:ing)?|work(?:ing)? out|figur(?:e|ing) out)\s+(?:where|what|how)\s+to\s+(?:crop(?: (?:it|them))?|frame (?:it|them)|focus(?: on)?|aim(?: at)?)\b"#) { _, _ in
            Found(.focus(nil)).notNegatable
        }.needing(["centered", "centred", "central", "center", "centre", "middle", "guess", "decid", "pick", "work", "figur"]),
        // 房子保持居中, 房间都放在画面中间, 不要自己猜怎么裁: what the photos show kept in the middle, or the crop not
        // to be guessed, so the centre; not the title (标题放在画面中间) nor people (人都在画面中间 is the faces)
        Rule(#"(?:都|要|请|就)?(?:(?:保持|待在|留在)(?:在)?(?:画面|画框|镜头)?(?:的)?(?:正)?(?:中间|中心|中央)|(?:放在|放到|摆在)(?:画面|画框|镜头)(?:的)?(?:正)?(?:中间|中心|中央)|保持居中)|(?:不要|别|不用)(?:自己|去|乱)?(?:猜|判断|琢磨)(?:怎么|在哪里?|哪里|哪儿)(?:裁|剪|切|构图|对焦)(?:剪|切)?"#) { m, p in
            if m.text.hasPrefix("不") || m.text.hasPrefix("别") { return Found(.focus(nil)).notNegatable }
            let before = (p.text as NSString).substring(to: m.range.location)
            if before.isEmpty || titleOrPeopleBefore.occurs(in: before) { return nil }
            guard let last = before.unicodeScalars.last, last.properties.isIdeographic else { return nil }
            return Found(.focus(nil)).notNegatable
        }.needing(["保持", "放在", "放到", "摆在", "待在", "留在", "猜", "判断", "琢磨"]),
    ]

    /// 标题, 字幕都, 人脸要, 第3张: the title, people or a photo just before "放在画面中间", which place the title or aim at faces instead.
    private static let titleOrPeopleBefore = Pattern(#"(?:标题|字幕|文字|文案|logo|张|张照片|张图|它|"# + peopleZh + #")(?:都|要|请|就)?$"#)
}
