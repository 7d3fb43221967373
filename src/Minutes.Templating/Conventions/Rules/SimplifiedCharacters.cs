using System.Collections.Generic;

namespace Minutes.Templating.Conventions.Rules;

/// <summary>
/// Simplified-only characters common in government writing, with their Traditional form.
/// Characters that are also correct Traditional characters (于, 后, 台, 里, 范, 松, 余, 干 …)
/// are deliberately absent, so names such as 單于 or 張松年 are not flagged.
/// </summary>
internal static class SimplifiedCharacters
{
    // Pairs: simplified, then Traditional.
    private const string OneToOne =
        "会會议議记記录錄决決门門说說处處报報务務时時间間请請单單员員长長书書县縣办辦项項讨討论論关關" +
        "应應该該与與为為从從这這个個们們对對实實现現问問题題经經过過动動国國区區号號构構组組织織协協" +
        "调調规規计計预預业業执執结結确確认認备備车車电電话話网網络絡东東风風险險护護儿兒级級学學训訓" +
        "练練环環卫衛礼禮亿億万萬两兩众眾质質资資费費补補统統证證难難钱錢银銀财財产產选選举舉权權条條" +
        "设設讯訊载載仅僅场場况況厅廳导導达達进進运運还還边邊节節艺藝术術药藥医醫疗療师師乡鄉镇鎮农農" +
        "渔漁鱼魚态態总總状狀际際页頁阅閱览覽类類称稱简簡见見观觀视視亲親让讓词詞语語读讀课課谈談谢謝" +
        "详詳细細线線红紅纪紀约約给給绩績续續维維综綜编編缴繳宁寧岁歲买買卖賣责責贯貫贴貼负負贷貸陆陸" +
        "阳陽阶階队隊随隨闭閉开開闻聞马馬驾駕验驗鸟鳥龙龍齐齊图圖园園围圍圆圓声聲夺奪奋奮妇婦娱娛宝寶" +
        "宪憲宫宮寻尋层層届屆属屬岗崗币幣带帶帮幫库庫废廢异異张張弹彈强強归歸当當彻徹忆憶怀懷恶惡悬懸" +
        "惊驚惯慣战戰扩擴扫掃扬揚扰擾抚撫抢搶担擔拟擬拥擁择擇挥揮损損换換击擊敌敵数數断斷无無旧舊显顯" +
        "晓曉暂暫杂雜来來杨楊极極标標树樹样樣桥橋检檢欢歡欧歐残殘毕畢气氣汉漢汤湯沟溝没沒泽澤济濟浅淺" +
        "测測浓濃润潤涨漲渐漸湾灣满滿灯燈灵靈灾災点點热熱爱愛独獨狱獄献獻画畫畅暢盖蓋盘盤着著矿礦码碼" +
        "离離积積稳穩穷窮竞競笔筆筹籌粮糧紧緊纠糾纳納纸紙纷紛终終绍紹绕繞绘繪继繼绿綠缘緣缩縮罚罰罢罷" +
        "职職联聯肃肅胁脅脑腦脚腳脱脫艰艱苏蘇荐薦营營萧蕭虑慮虽雖袭襲觉覺触觸誉譽订訂讲講许許访訪评評" +
        "识識诉訴译譯试試诗詩诚誠询詢误誤诸諸谁誰谓謂谣謠谨謹贝貝贡貢败敗货貨购購贵貴贸貿赋賦赔賠赞贊" +
        "赶趕趋趨践踐轨軌转轉轮輪软軟轻輕较較辅輔辆輛输輸辖轄迁遷远遠违違连連迟遲逊遜递遞邮郵邻鄰郑鄭" +
        "释釋针針钢鋼铁鐵销銷锁鎖错錯键鍵闪閃闷悶闹鬧阵陣陈陳隐隱雾霧静靜顶頂顺順领領频頻颜顏额額飞飛" +
        "饭飯馆館驶駛驻駐骗騙鲜鮮鸡雞麦麥黄黃龄齡龟龜专專丛叢丝絲严嚴临臨丽麗乐樂义義习習乱亂争爭亏虧" +
        "亚亞亩畝仪儀价價优優伟偉传傳伤傷伦倫体體侠俠侦偵侧側侨僑债債倾傾储儲兴興养養兽獸冈岡写寫军軍" +
        "冯馮冻凍净淨减減凤鳳凭憑刘劉则則刚剛创創删刪别別剂劑剧劇劝勸劳勞势勢励勵勋勳华華卢盧却卻厂廠" +
        "厉厲压壓厌厭参參双雙变變叙敘叶葉叹嘆吓嚇吗嗎启啟吴吳响響哑啞圣聖坏壞块塊坚堅垒壘头頭夹夾奖獎" +
        "妈媽婴嬰孙孫宠寵审審宽寬宾賓寿壽将將尔爾尘塵尝嘗岂豈岛島岭嶺帅帥帐帳广廣庆慶庄莊庙廟弃棄弯彎" +
        "径徑恋戀恳懇惧懼戏戲拨撥挤擠摄攝旷曠机機杀殺";

    // Simplified characters that stand for more than one Traditional character: no automatic fix.
    private const string Ambiguous = "发复历尽获签钟须汇坛";

    private static readonly Dictionary<char, char> Map = Build();

    /// <summary>True when the character is a simplified-only character of the table.</summary>
    /// <param name="character">The character.</param>
    /// <param name="traditional">Its Traditional form, or NUL when it has several.</param>
    public static bool TryGetTraditional(char character, out char traditional) => Map.TryGetValue(character, out traditional);

    private static Dictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        for (var index = 0; index + 1 < OneToOne.Length; index += 2)
        {
            if (OneToOne[index] != OneToOne[index + 1])
            {
                map[OneToOne[index]] = OneToOne[index + 1];
            }
        }

        foreach (var character in Ambiguous)
        {
            map[character] = '\0';
        }

        return map;
    }
}
