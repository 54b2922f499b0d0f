/**
 * Page furniture: the lines a web page, a document site or a PDF puts around an article, told by
 * what they are, wherever they stand: navigation paths (首页 > 政务公开 > …), site menus and
 * toolbars (打印 | 收藏 | 【字号：大 中 小】), share and QR prompts, view counts, publish lines
 * (来源：… 发布时间：…), an information table's labels and values (索引号 / 发文字号 / …),
 * previous/next links, related-article lists, download prompts (下载文档, 还剩3页未读), copyright
 * and ICP lines, photo credits (本报记者 某某 摄), links, page headers and numbers.
 * `endsArticle` says which of them close the article: nothing after them is the report's.
 */

/** The labels of a government site's information table (政务公开), on a line of their own or before a colon. */
const INFO_LABELS = ['索引号', '发文字号', '文号', '公开责任部门', '公开形式', '公开日期', '公开目录', '责任部门', '文件编号', '信息索引号', '发文单位', '发文机关', '发布机构', '主题分类', '主题词', '成文日期', '发文日期', '发布日期', '效力状态', '有效性', '公开方式', '公开范围', '公开时限', '信息分类', '组配分类', '体裁分类', '服务对象分类', '生成日期', '文件编号', '所属机构', '所属主题', '信息名称', '信息来源', '内容概述', '有效期'];
/** Labels of a publish line: 来源：北京日报, 发布时间：2026-02-02, 作者：…, 浏览次数：1386. */
const PUBLISH_LABELS = ['来源', '信息来源', '稿件来源', '文章来源', '本文来源', '新闻来源', '出处', '发布时间', '发布日期', '发表时间', '发表日期', '更新时间', '更新日期', '时间', '日期', '作者', '编辑', '责任编辑', '审核', '审校', '校对', '终审', '编审', '文字', '摄影', '图片', '供稿', '发布机构', '发布者', '发布人', '发布单位', '来源单位', '访问量', '浏览次数', '浏览量', '阅读量', '阅读数', '阅读次数', '点击数', '点击量', '点击率', '访问次数', '原文链接', '链接', '关键词', '关键字', '标签', '字数', '声明', '被引量', '上传用户', '下载次数'];
/** The words of a toolbar or a menu: a line made only of these is no text of the article. */
const TOOL_WORDS = new Set([
  '下载', '打印', '全屏', '收藏', '分享', '分享到', '关闭', '关闭窗口', '打印本页', '打印此页', '打印文章', '加大', '还原', '减小', '放大', '缩小', '字号', '字体', '大', '中', '小', '默认', '返回', '返回顶部', '返回首页', '返回列表', '顶部', '微信', '微博', '新浪微博', '腾讯微博', 'QQ', 'QQ空间', '朋友圈', '扫一扫', '纠错', '我要纠错', '复制链接', '朗读', '繁体', '简体', '繁', '简', '无障碍', '长者模式', '视力保护色', '护眼模式', '背景色', '点赞', '评论', '举报', '上一页', '下一页', '首页', '尾页', '阅读模式', '听新闻', '字号：', '×', '✕', '字体大小', '字号大小', '文字大小', '视力保护色', '收藏本页', '设为首页', '加入收藏', '登录', '注册', '搜索', '导航', '菜单', '更多', '分享至',
]);
/** What starts a list of other articles, or another article: the article has ended. */
const RELATED = /^(?:相关(?:文章|文档|报道|阅读|链接|新闻|推荐|附件|文件|内容|资讯|专题|稿件)|推荐(?:阅读|文章)|延伸阅读|热门(?:文章|推荐|阅读|排行)|猜你喜欢|精彩推荐|其他文献|相关文献|参考文献|参考链接|参考资料|附件下载|更多(?:阅读|文章|新闻|内容)|往期(?:回顾|推荐))\s*[:：]?/;
/** 上一篇：…; the short 上篇/下篇 only before a colon (上篇文章… is prose). */
const PREV_NEXT = /^(?:(?:上一篇|下一篇|上一条|下一条|前一篇|后一篇|上一章|下一章)(?![\u4e00-\u9fff]{8})|(?:上篇|下篇)\s*[:：])/;
const ANOTHER_ARTICLE = /^【第\s*([2-9]|\d{2,})\s*篇】/;
const COPYRIGHT = /版权所有|copyright|©|ICP\s*[备证]|公网安备|网站标识码|主办单位[:：]|承办单位[:：]|技术支持[:：]/i;
/** A site's footer links: only a line that opens with one (请联系我们。 is prose). */
const FOOTER_LINKS = /^(?:联系我们|网站地图|免责声明|隐私政策|版权声明|版权归属|关于我们|网站声明)/;
const DOWNLOAD = /(?:论文|文章|文档)?部分内容阅读$|^正文阅读$|由会员分享|可在线阅读|请在.{0,12}网上搜索|珍藏版|文库网|下载文档|下载全文|下载本文|下载到本地|下载此文档|免费下载|点击下载|立即下载|文档下载|附件下载|还剩\s*\d+\s*页未读|继续阅读|阅读全文|展开全文|查看全文|全文阅读|本文共\s*\d+\s*页|最新修订|可编辑\)|可编辑）/;
const SHARE = /^(?:分享到|分享至|扫一扫|用手机扫描|手机扫码|扫描二维码|在手机上查看|手机阅读)|扫一扫|二维码|点击图片|点击进入|进入专题|点击查看|点击播放/;
const PHOTO = /(?:记者|摄影|通讯员|见习记者)\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*摄[)）]?$|^[(（]?(?:图为|图片来源|图源)/;
const NAV_ARROW = /[>»＞›]/;
const URL = /https?:\/\/|www\.[a-z0-9-]+\.|\.(?:com|cn|net|org|html?)(?:\/|\b)/i;
/** A date and a time: a publish stamp (2023-01-11 15:12). */
const STAMP = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}[:：]\d{2}(?::\d{2})?$/;

export type FurnitureKind = 'nav' | 'tools' | 'share' | 'count' | 'publish' | 'info' | 'editor' | 'prev-next' | 'related' | 'another-article' | 'download' | 'copyright' | 'photo' | 'link' | 'page';

/** Lines of this kind end the article: nothing after them is the report's. A line of prose (它说完一句话。) never does. */
export function endsArticle(kind: FurnitureKind, text = ''): boolean {
  if (/[\u4e00-\u9fff]{6}[^。！？]*[。！？]/.test(bare(text)) && bare(text).length > 30) return false;
  return kind === 'editor' || kind === 'prev-next' || kind === 'related' || kind === 'another-article' || kind === 'copyright';
}

const bare = (s: string) => s.replace(/\*\*/g, '').trim();

/** What a line of furniture is, or undefined for a line of text. `title`: the report's title, to know a page header that repeats it. */
export function furnitureKind(text: string, title?: string): FurnitureKind | undefined {
  const t = bare(text);
  if (t === '') return undefined;
  if (t.length <= 100 && PREV_NEXT.test(t)) return 'prev-next';
  // the article's editor signs it off: 责任编辑/某某, (编辑：某某)
  if (t.length <= 40 && /^[(（【\[]?\s*(?:责任编辑|编辑|审核|校对|终审|编审|审校)\s*[:：/]/.test(t)) return 'editor';
  if (RELATED.test(t) && (t.length <= 20 || (/^[^:：]{2,8}[:：]/.test(t) && t.length <= 60))) return 'related';
  if (ANOTHER_ARTICLE.test(t)) return 'another-article';
  if (t.length <= 80 && !/[。；]/.test(t) && (COPYRIGHT.test(t) || FOOTER_LINKS.test(t))) return 'copyright';
  if (t.length <= 120 && DOWNLOAD.test(t)) return 'download';
  if (t.length <= 40 && SHARE.test(t)) return 'share';
  if (isToolbar(t)) return 'tools';
  if (t.length <= 80 && !/[。，；]/.test(t) && NAV_ARROW.test(t) && /^(?:当前位置|您的位置|你的位置|所在位置|位置)[:：]|(?:^|\s|[>»＞›])\s*[^\s>»＞›]{1,20}\s*[>»＞›]/.test(t)) return 'nav';
  if (/^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)[:：]/.test(t)) return 'nav';
  if (/(?:浏览|阅读|点击|访问)(?:次数|量|数)\s*[:：]?\s*\d+/.test(t) && t.length <= 60) return 'count';
  if (isPublishLine(t)) return 'publish';
  if (INFO_LABELS.includes(t.replace(/[:：]\s*$/, ''))) return 'info';
  // a row of the information table: 索引号 | K16059504/2024-117342 | 发布机构 | …
  if (t.length <= 120 && new RegExp(`^(?:${[...INFO_LABELS, '标题', '文件名称', '名称'].join('|')})\\s*[|｜:：]`).test(t) && /[|｜]/.test(t)) return 'info';
  if (STAMP.test(t)) return 'publish';
  if (t.length <= 80 && PHOTO.test(t)) return 'photo';
  if (URL.test(t) && t.replace(/https?:\/\/\S+/g, '').replace(/[^\u4e00-\u9fff]/g, '').length <= 12) return 'link';
  if (isPageMark(t, title)) return 'page';
  return undefined;
}

function isToolbar(t: string): boolean {
  if (t.length > 60) return false;
  const words = t.split(/[\s|｜/·•【】\[\]()（）:：,，、]+/).filter(Boolean);
  if (!words.length) return /^[【】\[\]|｜]+$/.test(t);
  return words.every((w) => TOOL_WORDS.has(w));
}

/** 来源：北京日报 · 发布时间：2026-02-02 · 浏览次数：1386 — a label and a colon, once or several times. */
const LABELS = [...PUBLISH_LABELS, ...INFO_LABELS].sort((a, b) => b.length - a.length);
const LABEL_AT_START = new RegExp(`^(?:${LABELS.join('|')})\\s*[:：]`);
const LABEL_ANYWHERE = new RegExp(`(?:^|[\\s|｜])(?:${LABELS.join('|')})\\s*[:：]`, 'g');

function isPublishLine(t: string): boolean {
  if (t.length > 100) return false;
  if (LABEL_AT_START.test(t) && t.length <= 60 && !/[。；]/.test(t)) return true;
  // two labels on one line: 发布日期:2023-01-12 17:22 信息来源:白杨街道
  return (t.match(LABEL_ANYWHERE)?.length ?? 0) >= 2;
}

/** A page header or footer: a page number with the title or a site's stamp (1 2021 年荣县政府工作报告(全文)), - 2 -, 第1页 共3页. */
function isPageMark(t: string, title?: string): boolean {
  if (/^[-—–\s]*\d{1,3}[-—–\s]*$/.test(t) || /^第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?$/.test(t)) return true;
  const m = /^\d{1,3}\s+(.+)$/.exec(t);
  if (!m || !title) return false;
  const squash = (s: string) => s.replace(/[\s()（）【】]/g, '');
  const rest = squash(m[1]!);
  return rest.length >= 4 && (squash(title).includes(rest) || rest.includes(squash(title)));
}
