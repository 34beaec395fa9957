<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppContext</name>
    <message>
        <source>Building the demo project (synthetic singer)...</source>
        <translation>正在创建演示项目（合成歌手）...</translation>
    </message>
    <message>
        <source>Building the demo project</source>
        <translation>正在创建演示项目</translation>
    </message>
    <message>
        <source>Demo project ready - its voice is synthetic, made for trying the app</source>
        <translation>演示项目已就绪 - 其中的歌声是合成的，仅供试用本软件</translation>
    </message>
    <message>
        <source>The demo project could not be built: %s</source>
        <translation>无法创建演示项目：%s</translation>
    </message>
</context>
<context>
    <name>AssetsDialog</name>
    <message>
        <source>Weight files</source>
        <translation>权重文件</translation>
    </message>
    <message>
        <source>ContentVec, RMVPE and the pretrained bases are downloaded once from the Hugging Face hub (lj1995/VoiceConversionWebUI) and checked against their published SHA-256. A cancelled download resumes where it stopped.
Folder: %s</source>
        <translation>ContentVec、RMVPE 和预训练底模只需从 Hugging Face Hub（lj1995/VoiceConversionWebUI）下载一次，并按公布的 SHA-256 校验。取消的下载会从中断处继续。
文件夹：%s</translation>
    </message>
    <message>
        <source>Weight file</source>
        <translation>权重文件</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download all missing</source>
        <translation>下载所有缺失文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import from file...</source>
        <translation>从文件导入...</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Imported (unknown checksum, accepted by you)</source>
        <translation>已导入（校验和未知，已由你确认接受）</translation>
    </message>
    <message>
        <source>Present, not checked yet</source>
        <translation>已存在，尚未校验</translation>
    </message>
    <message>
        <source>Wrong file (checksum differs)</source>
        <translation>文件错误（校验和不符）</translation>
    </message>
    <message>
        <source>Partly downloaded (%s): resumes</source>
        <translation>已下载一部分（%s）：将继续下载</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%s: %s in all, %s still to download.</source>
        <translation>%s：共 %s，还需下载 %s。</translation>
    </message>
    <message>
        <source>Contacting the hub...</source>
        <translation>正在连接 Hub...</translation>
    </message>
    <message>
        <source>Checking the files...</source>
        <translation>正在检查文件...</translation>
    </message>
    <message>
        <source>Select the weight file to import first.</source>
        <translation>请先选择要导入的权重文件。</translation>
    </message>
    <message>
        <source>Checking and copying %s...</source>
        <translation>正在校验并复制 %s...</translation>
    </message>
    <message>
        <source>Import %s</source>
        <translation>导入 %s</translation>
    </message>
    <message>
        <source>Weight files (*.pt *.pth);;All files (*)</source>
        <translation>权重文件 (*.pt *.pth);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unknown file</source>
        <translation>未知文件</translation>
    </message>
    <message>
        <source>Import this file anyway?</source>
        <translation>仍然导入此文件吗？</translation>
    </message>
    <message>
        <source>Cancelling... (the partial download is kept and resumes)</source>
        <translation>正在取消...（已下载的部分会保留，之后继续）</translation>
    </message>
    <message>
        <source>Downloading, %d%%</source>
        <translation>正在下载，%d%%</translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation>下载已停止。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>未导入。</translation>
    </message>
    <message>
        <source>ContentVec content encoder (what is sung, without who sings it)</source>
        <translation>ContentVec 内容编码器（提取唱了什么，而不是谁在唱）</translation>
    </message>
    <message>
        <source>RMVPE pitch extractor (the default pitch method; FCPE and CREPE work without it)</source>
        <translation>RMVPE 音高提取器（默认的音高提取方法；FCPE 和 CREPE 无需此文件）</translation>
    </message>
    <message>
        <source>Pretrained generator to fine-tune from (32kHz, with pitch)</source>
        <translation>用于微调的预训练生成器（32kHz，带音高）</translation>
    </message>
    <message>
        <source>Pretrained discriminator to fine-tune from (32kHz)</source>
        <translation>用于微调的预训练判别器（32kHz）</translation>
    </message>
    <message>
        <source>Pretrained generator to fine-tune from (40kHz, with pitch)</source>
        <translation>用于微调的预训练生成器（40kHz，带音高）</translation>
    </message>
    <message>
        <source>Pretrained discriminator to fine-tune from (40kHz)</source>
        <translation>用于微调的预训练判别器（40kHz）</translation>
    </message>
    <message>
        <source>Pretrained generator to fine-tune from (48kHz, with pitch)</source>
        <translation>用于微调的预训练生成器（48kHz，带音高）</translation>
    </message>
    <message>
        <source>Pretrained discriminator to fine-tune from (48kHz)</source>
        <translation>用于微调的预训练判别器（48kHz）</translation>
    </message>
    <message>
        <source>Vocal separator for whole songs (Mel-Band RoFormer by Kimberley Jensen)</source>
        <translation>整首歌曲的人声分离器（Mel-Band RoFormer，Kimberley Jensen）</translation>
    </message>
    <message>
        <source>Vocal separator, larger and slower (BS-RoFormer 1297 by viperx)</source>
        <translation>人声分离器，更大更慢（BS-RoFormer 1297，viperx）</translation>
    </message>
    <message>
        <source>Lead vocal apart from the backing vocals (Mel-Band RoFormer karaoke, aufr33 &amp; viperx)</source>
        <translation>将主唱与和声分开（Mel-Band RoFormer 卡拉 OK 模型，aufr33 与 viperx）</translation>
    </message>
    <message>
        <source>Reverb and echo taken off the vocal (Mel-Band RoFormer de-reverb by anvuew)</source>
        <translation>去除人声的混响和回声（Mel-Band RoFormer 去混响模型，anvuew）</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Sound cannot play: the PortAudio library is missing. Install it (on Debian or Ubuntu: sudo apt-get install libportaudio2) and restart svcdesk.</source>
        <translation>无法播放声音：缺少 PortAudio 库。请安装它（Debian 或 Ubuntu：sudo apt-get install libportaudio2），然后重新启动 svcdesk。</translation>
    </message>
    <message>
        <source>No sound output device was found. Connect headphones or speakers (or start the system&apos;s sound service), then choose it under Tools &gt; Audio output device.</source>
        <translation>未找到声音输出设备。请连接耳机或音箱（或启动系统的声音服务），然后在“工具 &gt; 音频输出设备”中选择它。</translation>
    </message>
    <message>
        <source>The chosen sound output ({0}) is not available. Choose another under Tools &gt; Audio output device.</source>
        <translation>所选的声音输出（{0}）不可用。请在“工具 &gt; 音频输出设备”中选择其他设备。</translation>
    </message>
    <message>
        <source>The sound output cannot play {0} Hz audio. Choose another device under Tools &gt; Audio output device.</source>
        <translation>该声音输出无法播放 {0} Hz 的音频。请在“工具 &gt; 音频输出设备”中选择其他设备。</translation>
    </message>
    <message>
        <source>Sound could not be played. Choose another output device under Tools &gt; Audio output device; the log has the details.</source>
        <translation>无法播放声音。请在“工具 &gt; 音频输出设备”中选择其他设备；详细信息见日志。</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Pitch error</source>
        <translation>音高误差</translation>
    </message>
    <message>
        <source>Voicing</source>
        <translation>发声一致</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Val. mel</source>
        <translation>验证 Mel</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>你的评分</translation>
    </message>
    <message>
        <source>Training step of the checkpoint</source>
        <translation>该检查点的训练步数</translation>
    </message>
    <message>
        <source>Your own rating, 1 (worst) to 5 (best)</source>
        <translation>你的评分：1（最差）到 5（最好）</translation>
    </message>
    <message>
        <source>Compare checkpoints</source>
        <translation>对比检查点</translation>
    </message>
    <message>
        <source>A training run whose saved checkpoints to compare.</source>
        <translation>要对比其已保存检查点的训练记录。</translation>
    </message>
    <message>
        <source>Use its checkpoints</source>
        <translation>使用其检查点</translation>
    </message>
    <message>
        <source>Add model files…</source>
        <translation>添加模型文件…</translation>
    </message>
    <message>
        <source>Any RVC .pth voice or svcdesk checkpoint.</source>
        <translation>任意 RVC .pth 音色模型或 svcdesk 检查点。</translation>
    </message>
    <message>
        <source>Ticked models are rendered.</source>
        <translation>勾选的模型会被生成。</translation>
    </message>
    <message>
        <source>The clip every model sings. A few seconds with some range work best.</source>
        <translation>每个模型都要演唱的试听音频。几秒钟、有一定音域变化的效果最好。</translation>
    </message>
    <message>
        <source>Other clip…</source>
        <translation>其他音频…</translation>
    </message>
    <message>
        <source> st</source>
        <translation> 半音</translation>
    </message>
    <message>
        <source>Moves the melody up or down in semitones for every render.</source>
        <translation>以半音为单位升高或降低每次生成的旋律。</translation>
    </message>
    <message>
        <source>How the clip&apos;s melody is traced (once, shared by every render).</source>
        <translation>提取试听音频旋律的方法（只提取一次，所有生成共用）。</translation>
    </message>
    <message>
        <source>Optional retrieval index used for every render.</source>
        <translation>每次生成使用的检索索引（可选）。</translation>
    </message>
    <message>
        <source>Demonstration encoder</source>
        <translation>演示编码器</translation>
    </message>
    <message>
        <source>Renders without ContentVec; only meaningful for the demo.</source>
        <translation>不使用 ContentVec 生成；仅对演示项目有意义。</translation>
    </message>
    <message>
        <source>Song (mix)</source>
        <translation>整首歌曲（混音）</translation>
    </message>
    <message>
        <source>The clip is a whole song: its vocal is separated first (once; the Convert page reuses it) and every checkpoint renders that vocal.</source>
        <translation>片段是一首完整歌曲：先分离出其人声（只分离一次，转换页会复用），每个检查点都渲染这段人声。</translation>
    </message>
    <message>
        <source>Render and compare</source>
        <translation>生成并对比</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Waveforms</source>
        <translation>波形</translation>
    </message>
    <message>
        <source>Spectrograms</source>
        <translation>频谱图</translation>
    </message>
    <message>
        <source>Blind test</source>
        <translation>盲测</translation>
    </message>
    <message>
        <source>Hides which checkpoint is which and shuffles them; rate each, then reveal.</source>
        <translation>隐藏各检查点的身份并打乱顺序；逐个评分后再揭晓。</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <source>Keys 1–9 switch the render you hear; Space plays and pauses.</source>
        <translation>按 1–9 键切换正在试听的生成结果；空格键播放/暂停。</translation>
    </message>
    <message>
        <source>Export chosen as RVC voice (.pth + .index)</source>
        <translation>将所选导出为 RVC 音色模型（.pth + .index）</translation>
    </message>
    <message>
        <source>Writes the selected checkpoint to the project&apos;s exports folder.</source>
        <translation>把所选检查点写入项目的导出文件夹。</translation>
    </message>
    <message>
        <source>Add to library</source>
        <translation>加入音色库</translation>
    </message>
    <message>
        <source>Keeps the selected checkpoint in the voice library, with its project, run and step.</source>
        <translation>把所选检查点连同其项目、训练和步数保存到音色库。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>试听音频</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>移调</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>音高</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>(no index)</source>
        <translation>无索引</translation>
    </message>
    <message numerus="yes">
        <source>%n new checkpoint(s) from the run; render and compare again to hear them.</source>
        <translation>
            <numerusform>训练记录新增了 %n 个检查点；再次生成并对比即可试听。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose voice models</source>
        <translation>选择音色模型</translation>
    </message>
    <message>
        <source>Voice models (*.pth *.pt);;All files (*)</source>
        <translation>音色模型 (*.pth *.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the clip</source>
        <translation>选择试听音频</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>{0}  ·  {1:.1f} s</source>
        <translation>{0}  ·  {1:.1f} 秒</translation>
    </message>
    <message>
        <source>Source clip</source>
        <translation>源音频</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Analysing the clip…</source>
        <translation>正在分析试听音频…</translation>
    </message>
    <message>
        <source>Comparison stopped: {0}</source>
        <translation>对比已停止：{0}</translation>
    </message>
    <message>
        <source>not rendered (cancelled)</source>
        <translation>未渲染（已取消）</translation>
    </message>
    <message>
        <source>not rendered</source>
        <translation>未渲染</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Exported {0} and its index {1} ({2}) to the project&apos;s exports folder.</source>
        <translation>已将 {0} 及其索引 {1}（{2}）导出到项目的导出文件夹。</translation>
    </message>
    <message>
        <source>Exported {0} to the project&apos;s exports folder, without a retrieval index: {1}.</source>
        <translation>已将 {0} 导出到项目的导出文件夹，未附检索索引：{1}。</translation>
    </message>
    <message>
        <source>It was in the voice library already, as {0}.</source>
        <translation>它已在音色库中，名为 {0}。</translation>
    </message>
    <message>
        <source>It joined the voice library as {0}.</source>
        <translation>它已作为 {0} 加入音色库。</translation>
    </message>
    <message>
        <source>library · {0}</source>
        <translation>音色库 · {0}</translation>
    </message>
    <message>
        <source>Name of the voice:</source>
        <translation>音色名称：</translation>
    </message>
    <message>
        <source>Adding {0} to the voice library…</source>
        <translation>正在把 {0} 加入音色库…</translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation>未添加：{0}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>A render that is silent, has no voiced output where the clip sings, is clipped or has a DC offset is marked not usable and never ranked</source>
        <translation>静音、在片段演唱处没有浊音输出、削波或有直流偏移的渲染会被标为不可用，且不参与排名</translation>
    </message>
    <message>
        <source>The render&apos;s melody, traced again with FCPE, against the melody asked for (the clip&apos;s, transposed): the root-mean-square difference in cents over the moments both are voiced (100 cents = a semitone). Lower is better</source>
        <translation>用 FCPE 重新提取的渲染旋律与期望旋律（片段旋律加移调）相比：两者都发声时刻的均方根差，单位为音分（100 音分 = 一个半音）。越低越好</translation>
    </message>
    <message>
        <source>The share of 10 ms frames where the render and the requested melody agree on sung or not sung. Higher is better</source>
        <translation>渲染与期望旋律在“唱/不唱”上一致的 10 毫秒帧所占比例。越高越好</translation>
    </message>
    <message>
        <source>Cosine between the render&apos;s speaker embedding (the GE2E encoder) and the mean embedding of the project&apos;s recordings, from -1 to 1. Higher is better</source>
        <translation>渲染的说话人嵌入（GE2E 编码器）与项目录音平均嵌入之间的余弦值，范围 -1 到 1。越高越好</translation>
    </message>
    <message>
        <source>The run&apos;s validation mel loss (mean L1 between log-mel spectrograms of held-out clips and their renders) at that step. Lower is better</source>
        <translation>该步时运行的验证 mel 损失（留出片段与其渲染的对数 mel 频谱之间的平均 L1）。越低越好</translation>
    </message>
    <message>
        <source>rendering…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <source>from the cache</source>
        <translation>来自缓存</translation>
    </message>
    <message>
        <source>rendered in {0:.1f} s</source>
        <translation>生成用时 {0:.1f} 秒</translation>
    </message>
    <message>
        <source>failed: {0}</source>
        <translation>失败：{0}</translation>
    </message>
    <message>
        <source>All renders ready.</source>
        <translation>全部生成完毕。</translation>
    </message>
    <message>
        <source>Render {0}</source>
        <translation>结果 {0}</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>生成结果</translation>
    </message>
    <message>
        <source>{0} (not usable: {1})</source>
        <translation>{0}（不可用：{1}）</translation>
    </message>
    <message>
        <source>Not usable: {0}. It is not ranked.</source>
        <translation>不可用：{0}。不参与排名。</translation>
    </message>
    <message>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Your own rating, 1 (worst) to 5 (best).</source>
        <translation>你的评分：1（最差）到 5（最好）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended: {0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;推荐：{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <source>Blind test: listen, rate each render, then press Reveal.</source>
        <translation>盲测：试听并为每个结果评分，然后按“揭晓”。</translation>
    </message>
    <message>
        <source>Export voice</source>
        <translation>导出音色模型</translation>
    </message>
    <message>
        <source>Name of the voice file:</source>
        <translation>音色文件名：</translation>
    </message>
    <message>
        <source>This run has no retrieval index. Build one now from the project&apos;s training features? With it the voice keeps more of the training recordings&apos; timbre (Convert&apos;s index rate).</source>
        <translation>此运行没有检索索引。现在用项目的训练特征构建一个吗？有了它，音色会保留更多训练录音的音色特点（转换页的索引比例）。</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>正在导出 {0}…</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
</context>
<context>
    <name>ConfigFields</name>
    <message>
        <source>0 = at each save</source>
        <translation>0 = 每次保存时</translation>
    </message>
    <message>
        <source>0 = use save_every_epochs</source>
        <translation>0 = 使用 save_every_epochs</translation>
    </message>
    <message>
        <source>Adam betas</source>
        <translation>Adam β 参数</translation>
    </message>
    <message>
        <source>Adam eps</source>
        <translation>Adam ε</translation>
    </message>
    <message>
        <source>Base discriminator</source>
        <translation>底模判别器</translation>
    </message>
    <message>
        <source>Base generator</source>
        <translation>底模生成器</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>ContentVec weights; &quot;&quot; = the asset registry&apos;s</source>
        <translation>ContentVec 权重；&quot;&quot; = 使用权重文件登记中的文件</translation>
    </message>
    <message>
        <source>Cycle steps</source>
        <translation>周期步数</translation>
    </message>
    <message>
        <source>Demo encoder</source>
        <translation>演示编码器</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Early stop patience</source>
        <translation>提前停止耐心值</translation>
    </message>
    <message>
        <source>Encoder path</source>
        <translation>编码器路径</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Eval every steps</source>
        <translation>验证间隔步数</translation>
    </message>
    <message>
        <source>Export rvc</source>
        <translation>导出 RVC 模型</translation>
    </message>
    <message>
        <source>F0 max</source>
        <translation>F0 上限</translation>
    </message>
    <message>
        <source>F0 median radius</source>
        <translation>F0 中值滤波半径</translation>
    </message>
    <message>
        <source>F0 method</source>
        <translation>F0 提取方法</translation>
    </message>
    <message>
        <source>F0 min</source>
        <translation>F0 下限</translation>
    </message>
    <message>
        <source>F0 voicing threshold</source>
        <translation>F0 浊音阈值</translation>
    </message>
    <message>
        <source>Grad clip</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <source>Init checkpoint</source>
        <translation>初始检查点</translation>
    </message>
    <message>
        <source>Keep last</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Log every steps</source>
        <translation>记录间隔步数</translation>
    </message>
    <message>
        <source>Lr gamma</source>
        <translation>学习率衰减系数</translation>
    </message>
    <message>
        <source>Max clip seconds</source>
        <translation>片段最长秒数</translation>
    </message>
    <message>
        <source>Max nan rollbacks</source>
        <translation>NaN 最多回滚次数</translation>
    </message>
    <message>
        <source>Min clip seconds</source>
        <translation>片段最短秒数</translation>
    </message>
    <message>
        <source>Min lr ratio</source>
        <translation>最低学习率比例</translation>
    </message>
    <message>
        <source>Min seconds</source>
        <translation>最短秒数</translation>
    </message>
    <message>
        <source>Min val segments</source>
        <translation>最少验证片段数</translation>
    </message>
    <message>
        <source>Min voiced ratio</source>
        <translation>最低浊音比例</translation>
    </message>
    <message>
        <source>ModelConfig.tiny(): tests and the demo</source>
        <translation>ModelConfig.tiny()：用于测试和演示</translation>
    </message>
    <message>
        <source>Mute clips</source>
        <translation>静音片段数</translation>
    </message>
    <message>
        <source>None = the method&apos;s default (pm 0.6, crepe 0.1, ...)</source>
        <translation>None = 该方法的默认值（pm 0.6，crepe 0.1，...）</translation>
    </message>
    <message>
        <source>Pitch shift prob</source>
        <translation>变调增强概率</translation>
    </message>
    <message>
        <source>Pitch shift semitones</source>
        <translation>变调增强半音数</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>计算精度</translation>
    </message>
    <message>
        <source>Ram cache mb</source>
        <translation>内存缓存 (MB)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>训练记录名</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>Save every epochs</source>
        <translation>保存间隔轮数</translation>
    </message>
    <message>
        <source>Save every steps</source>
        <translation>保存间隔步数</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Segment frames</source>
        <translation>训练窗口帧数</translation>
    </message>
    <message>
        <source>Silence dbfs</source>
        <translation>静音阈值 (dBFS)</translation>
    </message>
    <message>
        <source>Speaker id</source>
        <translation>说话人编号</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>总步数</translation>
    </message>
    <message>
        <source>Time stretch max</source>
        <translation>时间伸缩上限</translation>
    </message>
    <message>
        <source>Time stretch prob</source>
        <translation>时间伸缩概率</translation>
    </message>
    <message>
        <source>Tiny model</source>
        <translation>微型模型</translation>
    </message>
    <message>
        <source>Val fraction</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>Warmup steps</source>
        <translation>预热步数</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>a seeded random encoder: runs without weights, results not meaningful</source>
        <translation>固定种子的随机编码器：无需权重即可运行，结果没有实际意义</translation>
    </message>
    <message>
        <source>auto (bf16/fp16 on CUDA, fp32 on CPU) | fp32 | fp16 | bf16</source>
        <translation>auto（CUDA 上用 bf16/fp16，CPU 上用 fp32）| fp32 | fp16 | bf16</translation>
    </message>
    <message>
        <source>auto | cpu | cuda | cuda:N</source>
        <translation>auto（自动）| cpu | cuda | cuda:N</translation>
    </message>
    <message>
        <source>cosine schedules: floor as a fraction of learning_rate</source>
        <translation>余弦调度：下限为 learning_rate 的比例</translation>
    </message>
    <message>
        <source>cosine_restarts: first cycle length</source>
        <translation>cosine_restarts：第一个周期的长度</translation>
    </message>
    <message>
        <source>digital-silence clips added as in the reference</source>
        <translation>与参考实现一样加入的数字静音片段</translation>
    </message>
    <message>
        <source>evaluations without validation improvement; 0 = never stop early</source>
        <translation>验证损失连续多少次评估没有改善就停止；0 = 从不提前停止</translation>
    </message>
    <message>
        <source>exponential | warmup_cosine | cosine_restarts | constant</source>
        <translation>exponential（指数）| warmup_cosine | cosine_restarts | constant（恒定）</translation>
    </message>
    <message>
        <source>exponential: per epoch</source>
        <translation>exponential：每轮衰减</translation>
    </message>
    <message>
        <source>fine-tune from an earlier svcdesk checkpoint (weights only)</source>
        <translation>从之前的 svcdesk 检查点微调（仅权重）</translation>
    </message>
    <message>
        <source>keep the dataset in RAM when it fits</source>
        <translation>内存足够时把数据集保存在内存中</translation>
    </message>
    <message>
        <source>losses are synchronised (.item()) only at these steps</source>
        <translation>只在这些步同步损失值（.item()）</translation>
    </message>
    <message>
        <source>max gradient norm; 0 = off as in RVC (the norm is always logged)</source>
        <translation>梯度范数上限；0 = 关闭，与 RVC 相同（范数始终会被记录）</translation>
    </message>
    <message>
        <source>median filter window 2r+1 on f0; None = the method&apos;s default</source>
        <translation>F0 中值滤波窗口 2r+1；None = 该方法的默认值</translation>
    </message>
    <message>
        <source>pretrained bases (RVC G/D .pth), loaded strictly</source>
        <translation>预训练底模（RVC G/D .pth），严格加载</translation>
    </message>
    <message>
        <source>rates drawn in [1 - max, 1 + max]</source>
        <translation>伸缩率在 [1 - 上限, 1 + 上限] 内随机取值</translation>
    </message>
    <message>
        <source>see svcdesk.features.pitch.PITCH_METHODS</source>
        <translation>见 svcdesk.features.pitch.PITCH_METHODS</translation>
    </message>
    <message>
        <source>segments whose peak is below this are skipped as silence</source>
        <translation>峰值低于此值的片段视为静音并跳过</translation>
    </message>
    <message>
        <source>segments with fewer voiced f0 frames are skipped as unvoiced</source>
        <translation>浊音 F0 帧比例低于此值的片段视为无声并跳过</translation>
    </message>
    <message>
        <source>shifts drawn uniformly in +/- this range</source>
        <translation>变调量在 ± 此范围内均匀随机取值</translation>
    </message>
    <message>
        <source>shorter segments are skipped</source>
        <translation>更短的片段会被跳过</translation>
    </message>
    <message>
        <source>step checkpoints kept besides `latest` and `best`</source>
        <translation>除 `latest` 和 `best` 外保留的按步检查点数</translation>
    </message>
    <message>
        <source>the model&apos;s rate; the linear spectrogram uses its STFT settings</source>
        <translation>模型的采样率；线性频谱使用对应的 STFT 设置</translation>
    </message>
    <message>
        <source>the reference drops &gt; 9 s, but our slicer makes 5-15 s segments</source>
        <translation>参考实现会丢弃超过 9 秒的片段，但我们的切片工具生成 5-15 秒的片段</translation>
    </message>
    <message>
        <source>total optimiser steps; 0 = train for `epochs`</source>
        <translation>优化器总步数；0 = 按 `epochs` 轮数训练</translation>
    </message>
    <message>
        <source>training window in frames; 0 = the reference for the sample rate</source>
        <translation>训练窗口长度（帧）；0 = 按采样率使用参考值</translation>
    </message>
    <message>
        <source>write an RVC inference .pth on each save</source>
        <translation>每次保存时写出可用于 RVC 推理的 .pth</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
</context>
<context>
    <name>ConvertPage</name>
    <message>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Drop a vocal file here, or open one.</source>
        <translation>把人声文件拖到这里，或打开一个文件。</translation>
    </message>
    <message>
        <source>Open source…</source>
        <translation>打开源音频…</translation>
    </message>
    <message>
        <source>A vocal, or a whole song with Input set to Song (mix).</source>
        <translation>一段人声；或把“输入”设为“整首歌曲（混音）”后打开整首歌。</translation>
    </message>
    <message>
        <source>1  Source</source>
        <translation>1  源音频</translation>
    </message>
    <message>
        <source>2  Converted</source>
        <translation>2  转换结果</translation>
    </message>
    <message>
        <source>Hear this one from the same position (key {0}).</source>
        <translation>从同一位置试听这一轨（按键 {0}）。</translation>
    </message>
    <message>
        <source>Hear:</source>
        <translation>试听：</translation>
    </message>
    <message>
        <source>No voice yet: train one, or choose Other .pth…</source>
        <translation>还没有音色：训练一个，或选择“其他 .pth…”</translation>
    </message>
    <message>
        <source>A voice from this project&apos;s runs or exports, or any .pth file.</source>
        <translation>本项目训练记录或导出中的音色模型，或任意 .pth 文件。</translation>
    </message>
    <message>
        <source>Other .pth…</source>
        <translation>其他 .pth…</translation>
    </message>
    <message>
        <source>The retrieval index trained with the voice. It lends the output more of the voice&apos;s own timbre. Optional.</source>
        <translation>与音色模型一起训练的检索索引，让输出更接近该音色本身的音质。可选。</translation>
    </message>
    <message>
        <source>Other .index…</source>
        <translation>其他 .index…</translation>
    </message>
    <message>
        <source>Demonstration content encoder</source>
        <translation>演示内容编码器</translation>
    </message>
    <message>
        <source>Converts without the ContentVec weights, with a stand-in encoder. Only for the demo project: real voices need ContentVec.</source>
        <translation>不使用 ContentVec 权重，改用替代编码器进行转换。仅用于演示项目：真实音色需要 ContentVec。</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>音色库</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source> semitones</source>
        <translation> 半音</translation>
    </message>
    <message>
        <source>Moves the melody up or down. +12 is one octave up (a low voice singing a high song), -12 one octave down. The dashed curve shows where the melody will be.</source>
        <translation>升高或降低旋律。+12 为升高一个八度（低音声线唱高音歌曲），-12 为降低一个八度。虚线表示移调后旋律的位置。</translation>
    </message>
    <message>
        <source>How the melody is traced from the source. rmvpe is the most reliable; fcpe is fast and good; crepe is accurate but slow; harvest, dio and pm need no neural network.</source>
        <translation>从源音频提取旋律的方法。rmvpe 最可靠；fcpe 快且效果好；crepe 准确但慢；harvest、dio 和 pm 不需要神经网络。</translation>
    </message>
    <message>
        <source>How much of the voice&apos;s own timbre to borrow from the index. Higher sounds more like the model but can blur words; 0 turns it off.</source>
        <translation>从索引中借用多少该音色本身的音质。越高越像模型，但可能使咬字模糊；0 表示关闭。</translation>
    </message>
    <message>
        <source>Keeps breaths and consonants (s, t, k) from the source so they stay clear. Lower protects more; 0.5 turns protection off.</source>
        <translation>保留源音频中的呼吸声和辅音（s、t、k），使其保持清晰。值越低保护越多；0.5 表示关闭保护。</translation>
    </message>
    <message>
        <source>Loudness: 1 keeps the converted voice&apos;s own loudness; lower values follow how loud the source sings at each moment.</source>
        <translation>响度：1 保持转换后声音自身的响度；值越低越跟随源音频每一刻的响度。</translation>
    </message>
    <message>
        <source>Changes the size of the voice without changing the notes: up sounds smaller and brighter, down larger and darker. 0 leaves it as trained.</source>
        <translation>在不改变音符的情况下改变声音的“体型”：调高更小更明亮，调低更大更低沉。0 保持训练时的状态。</translation>
    </message>
    <message>
        <source>For a model trained on several singers: which of them sings. Most models have only singer 0.</source>
        <translation>用于多歌手训练的模型：选择由哪位歌手演唱。大多数模型只有 0 号歌手。</translation>
    </message>
    <message>
        <source>The voice&apos;s own rate</source>
        <translation>音色自身的采样率</translation>
    </message>
    <message>
        <source>{0} Hz</source>
        <translation>{0} Hz</translation>
    </message>
    <message>
        <source>The sample rate of the result and its exports. The voice&apos;s own rate (32, 40 or 48 kHz) loses nothing; choose 44,100 Hz for a CD or a project at that rate.</source>
        <translation>结果及其导出文件的采样率。音色自身的采样率（32、40 或 48 kHz）不损失任何内容；用于 CD 或该采样率的工程时请选 44,100 Hz。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>移调</translation>
    </message>
    <message>
        <source>Pitch method</source>
        <translation>音高提取方法</translation>
    </message>
    <message>
        <source>Index rate</source>
        <translation>索引比例</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>辅音保护</translation>
    </message>
    <message>
        <source>Loudness mix</source>
        <translation>响度混合</translation>
    </message>
    <message>
        <source>Formant shift</source>
        <translation>共振峰偏移</translation>
    </message>
    <message>
        <source>Singer</source>
        <translation>歌手</translation>
    </message>
    <message>
        <source>Output rate</source>
        <translation>输出采样率</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export WAV…</source>
        <translation>导出 WAV…</translation>
    </message>
    <message>
        <source>Export FLAC…</source>
        <translation>导出 FLAC…</translation>
    </message>
    <message>
        <source>last used · {0}</source>
        <translation>上次使用 · {0}</translation>
    </message>
    <message>
        <source>(no index)</source>
        <translation>无索引</translation>
    </message>
    <message>
        <source>library · %s</source>
        <translation>音色库 · %s</translation>
    </message>
    <message>
        <source>Choose a voice model</source>
        <translation>选择音色模型</translation>
    </message>
    <message>
        <source>Voice models (*.pth *.pt);;All files (*)</source>
        <translation>音色模型 (*.pth *.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a retrieval index</source>
        <translation>选择检索索引</translation>
    </message>
    <message>
        <source>Index files (*.index);;All files (*)</source>
        <translation>索引文件 (*.index);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a vocal</source>
        <translation>打开人声</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>{0}  ·  {1:.1f} s</source>
        <translation>{0}  ·  {1:.1f} 秒</translation>
    </message>
    <message>
        <source>Could not read {0}: {1}. Still using {2}.</source>
        <translation>无法读取 {0}：{1}。仍在使用 {2}。</translation>
    </message>
    <message>
        <source>Could not read the source: {0}</source>
        <translation>无法读取源音频：{0}</translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation>正在转换…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The cover is ready: 4 plays it, Export saves it.</source>
        <translation>翻唱已完成：按 4 播放，用“导出”保存。</translation>
    </message>
    <message>
        <source> (demonstration encoder: not a real voice)</source>
        <translation>（演示编码器：并非真实音色）</translation>
    </message>
    <message>
        <source>Converted in {0:.1f} s{1}.</source>
        <translation>转换完成，用时 {0:.1f} 秒{1}。</translation>
    </message>
    <message>
        <source>Conversion failed: {0}</source>
        <translation>转换失败：{0}</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV 音频 (*.wav)</translation>
    </message>
    <message>
        <source>FLAC audio (*.flac)</source>
        <translation>FLAC 音频 (*.flac)</translation>
    </message>
    <message>
        <source>Export the converted vocal</source>
        <translation>导出转换后的人声</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
    <message>
        <source>Converting… (Cancel stops it)</source>
        <translation>正在转换……（“取消”可停止）</translation>
    </message>
    <message>
        <source>Reading the new source…</source>
        <translation>正在读取新的源音频……</translation>
    </message>
    <message>
        <source>Open a vocal first (or drop one on the page).</source>
        <translation>请先打开人声（或拖放到页面上）。</translation>
    </message>
    <message>
        <source>Choose a voice model first (Other .pth… opens one from a file).</source>
        <translation>请先选择音色模型（“其他 .pth…”可从文件打开）。</translation>
    </message>
    <message>
        <source>Convert the source with the chosen voice (Ctrl+Return).</source>
        <translation>用所选音色转换源音频（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Stop the conversion.</source>
        <translation>停止转换。</translation>
    </message>
    <message>
        <source>Nothing is running.</source>
        <translation>没有正在运行的任务。</translation>
    </message>
    <message>
        <source>Convert first: there is nothing to export yet.</source>
        <translation>请先转换：还没有可导出的内容。</translation>
    </message>
    <message>
        <source>Hear the converted vocal (key 2).</source>
        <translation>试听转换后的人声（按键 2）。</translation>
    </message>
    <message>
        <source>Convert first: there is no result to hear yet.</source>
        <translation>请先转换：还没有可听的结果。</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>(no voiced output)</source>
        <translation>（输出中没有浊音）</translation>
    </message>
    <message>
        <source>1e-4 at batch 4 scaled by the {rule} rule to batch {batch_size}</source>
        <translation>以批大小 4 时的 1e-4 为基准，按{rule}规则换算到批大小 {batch_size}</translation>
    </message>
    <message>
        <source>4-bit ADPCM</source>
        <translation>4 位 ADPCM</translation>
    </message>
    <message>
        <source>4-bit G.721</source>
        <translation>4 位 G.721</translation>
    </message>
    <message>
        <source>8-bit</source>
        <translation>8 位</translation>
    </message>
    <message>
        <source>8-bit A-law</source>
        <translation>8 位 A 律</translation>
    </message>
    <message>
        <source>8-bit mu-law</source>
        <translation>8 位 μ 律</translation>
    </message>
    <message>
        <source>Add more audio (at least a few dozen segments).</source>
        <translation>请添加更多音频（至少几十个片段）。</translation>
    </message>
    <message>
        <source>CPUs gain little from reduced precision in this model</source>
        <translation>对这个模型而言，CPU 降低精度几乎没有收益</translation>
    </message>
    <message>
        <source>CUDA was requested but no CUDA GPU is available; use --device cpu</source>
        <translation>要求使用 CUDA，但没有可用的 CUDA GPU；请使用 `--device cpu`</translation>
    </message>
    <message>
        <source>Cannot download {file_name}: offline mode is on (HF_HUB_OFFLINE). Unset HF_HUB_OFFLINE to download, or import a copy you have: svcdesk assets import {name} FILE.</source>
        <translation>无法下载 {file_name}：离线模式已开启（HF_HUB_OFFLINE）。请取消设置 HF_HUB_OFFLINE 后下载，或导入你已有的副本：`svcdesk assets import {name} FILE`。</translation>
    </message>
    <message>
        <source>Cannot import {file_name}: &apos;{source}&apos; is not a file.</source>
        <translation>无法导入 {file_name}：“{source}”不是文件。</translation>
    </message>
    <message>
        <source>Close other programs using the GPU, or lower the batch size.</source>
        <translation>请关闭其他占用 GPU 的程序，或减小批大小。</translation>
    </message>
    <message>
        <source>Connection lost at {size}; resuming (attempt {failures} of {max_retries}).</source>
        <translation>在 {size} 处连接中断；正在续传（第 {failures} 次，共 {max_retries} 次）。</translation>
    </message>
    <message>
        <source>ContentVec weights missing: hubert_base.pt is needed to extract content features. Fix: svcdesk assets download contentvec or import the file (svcdesk assets import contentvec FILE); --demo-encoder runs a random encoder for trying the app only.</source>
        <translation>缺少 ContentVec 权重：提取内容特征需要 hubert_base.pt。解决方法：运行 `svcdesk assets download contentvec`，或导入该文件（`svcdesk assets import contentvec FILE`）；`--demo-encoder` 使用随机编码器，仅供试用本程序。</translation>
    </message>
    <message>
        <source>Could not download {file_name} from {host}: {reason}. Check the internet connection and try again (the download resumes), or import a copy you have: svcdesk assets import {name} FILE.</source>
        <translation>无法从 {host} 下载 {file_name}：{reason}。请检查网络连接后重试（下载会接着继续），或导入你已有的副本：`svcdesk assets import {name} FILE`。</translation>
    </message>
    <message>
        <source>DC offset {offset:+.3f}</source>
        <translation>直流偏移 {offset:+.3f}</translation>
    </message>
    <message>
        <source>Lower the learning rate (try half) or raise the batch size.</source>
        <translation>请降低学习率（可先减半）或增大批大小。</translation>
    </message>
    <message>
        <source>Not enough disk space for {file_name}: {needed} needed, {free} free in {folder}.</source>
        <translation>磁盘空间不足，无法保存 {file_name}：需要 {needed}，{folder} 中仅剩 {free}。</translation>
    </message>
    <message>
        <source>Not enough space for the next checkpoint: it needs {needed}, {drive} has {free} free. Free {missing} on {drive} or move the project, then resume. {intact}</source>
        <translation>空间不足，无法保存下一个检查点：需要 {needed}，{drive} 只剩 {free}。请在 {drive} 上腾出 {missing} 或移动项目，然后继续。{intact}</translation>
    </message>
    <message>
        <source>Nothing of this run is saved yet.</source>
        <translation>本次训练尚未保存任何内容。</translation>
    </message>
    <message>
        <source>Out of GPU memory: continuing with batch size {new_size}.</source>
        <translation>显存不足：改用批大小 {new_size} 继续训练。</translation>
    </message>
    <message>
        <source>RMVPE weights missing: rmvpe.pt is needed for the rmvpe pitch method. Fix: svcdesk assets download rmvpe (or import the file), or choose --f0 fcpe.</source>
        <translation>缺少 RMVPE 权重：RMVPE 音高提取方法需要 rmvpe.pt。解决方法：运行 `svcdesk assets download rmvpe`（或导入该文件），或选择 `--f0 fcpe`。</translation>
    </message>
    <message>
        <source>RMVPE weights missing: {path} does not exist. Fix: svcdesk assets download rmvpe</source>
        <translation>缺少 RMVPE 权重：{path} 不存在。解决方法：运行 `svcdesk assets download rmvpe`</translation>
    </message>
    <message>
        <source>RVC checkpoint</source>
        <translation>RVC 检查点</translation>
    </message>
    <message>
        <source>RVC&apos;s gentle per-epoch decay suits fine-tuning from the bases</source>
        <translation>RVC 每轮温和衰减的方式适合在底模基础上微调</translation>
    </message>
    <message>
        <source>Resuming {file_name} at {size}.</source>
        <translation>从 {size} 处继续下载 {file_name}。</translation>
    </message>
    <message>
        <source>Rolled back to {where} with the learning rate halved (x{scale:g}); attempt {attempt} of {limit}.</source>
        <translation>已回退到{where}，学习率减半（×{scale:g}）；第 {attempt} 次，最多 {limit} 次。</translation>
    </message>
    <message>
        <source>Rolling back to the last good checkpoint with half the learning rate. If it repeats, lower the learning rate, use bf16 or fp32 instead of fp16, or check the dataset for broken clips.</source>
        <translation>正在回退到上一个正常的检查点，并将学习率减半。如果反复出现，请降低学习率，用 bf16 或 fp32 代替 fp16，或检查数据集中是否有损坏的片段。</translation>
    </message>
    <message>
        <source>The best checkpoint is kept as &apos;best&apos;. Raise the patience to train longer.</source>
        <translation>最佳检查点已保存为 best.pt。如需训练更久，请调大耐心值。</translation>
    </message>
    <message>
        <source>The download of {file_name} ended at {done:,} of {size:,} bytes; the partial file was removed. Try again.</source>
        <translation>{file_name} 的下载在 {done:,} / {size:,} 字节处中断；不完整的文件已删除。请重试。</translation>
    </message>
    <message>
        <source>The downloaded {file_name} does not match its published checksum (sha256 {actual}..., expected {expected}...); the bad file was removed. Try again later, or import a copy you trust: svcdesk assets import {name} FILE.</source>
        <translation>下载的 {file_name} 与公布的校验和不符（sha256 为 {actual}...，应为 {expected}...）；损坏的文件已删除。请稍后重试，或导入你信任的副本：`svcdesk assets import {name} FILE`。</translation>
    </message>
    <message>
        <source>The generator&apos;s gradient norm jumped to {grad:.3g}, far above its recent level.</source>
        <translation>生成器的梯度范数跃升到 {grad:.3g}，远高于近期水平。</translation>
    </message>
    <message>
        <source>The hub serves a different {file_name} ({size:,} bytes, expected {expected:,}) at revision &apos;{revision}&apos;. Nothing was downloaded; import a copy you trust instead.</source>
        <translation>Hugging Face Hub 在版本“{revision}”提供的 {file_name} 与预期不同（{size:,} 字节，应为 {expected:,}）。未下载任何内容；请改为导入你信任的副本。</translation>
    </message>
    <message>
        <source>The last checkpoint, step {step}, is intact.</source>
        <translation>最后一个检查点（第 {step} 步）完好无损。</translation>
    </message>
    <message>
        <source>The loss became NaN or infinite at step {step} ({losses}).</source>
        <translation>第 {step} 步时损失变为 NaN 或无穷大（{losses}）。</translation>
    </message>
    <message>
        <source>The loss became NaN/Inf {count} times; training stopped at step {step}. Lower the learning rate, prefer bf16 or fp32 to fp16, and check the dataset for broken clips (silence-only, clipped or very short segments).</source>
        <translation>损失已 {count} 次变为 NaN 或无穷大；训练在第 {step} 步停止。请降低学习率，优先使用 bf16 或 fp32 而不是 fp16，并检查数据集中是否有损坏的片段（纯静音、削波或过短的片段）。</translation>
    </message>
    <message>
        <source>The mel loss has not improved by {improvement:.0%} over the last {window} logged steps.</source>
        <translation>在最近记录的 {window} 步中，Mel 损失的改善不到 {improvement:.0%}。</translation>
    </message>
    <message>
        <source>The mel loss swings up and down strongly instead of settling.</source>
        <translation>Mel 损失大幅上下波动，没有趋于稳定。</translation>
    </message>
    <message>
        <source>The model may be finished: compare the recent checkpoints by ear. Otherwise lower the learning rate or switch to a cosine schedule.</source>
        <translation>模型可能已经训练好了：请试听对比最近的检查点。否则请降低学习率，或改用余弦调度。</translation>
    </message>
    <message>
        <source>The validation loss has not improved for {count} evaluations; stopping early.</source>
        <translation>验证损失已连续 {count} 次评估没有改善；提前停止训练。</translation>
    </message>
    <message>
        <source>The validation loss is rising while the training loss keeps falling: the model is memorising the training clips (overfitting).</source>
        <translation>验证损失在上升，而训练损失仍在下降：模型正在死记训练片段（过拟合）。</translation>
    </message>
    <message>
        <source>This file does not match the published {file_name} ({size:,} bytes, expected {expected:,}): its sha256 is {sha256}. Import it anyway only if you trust where it came from (confirm, or --yes on the command line).</source>
        <translation>这个文件与公布的 {file_name} 不符（{size:,} 字节，应为 {expected:,}）：它的 sha256 为 {sha256}。只有在你信任其来源时才继续导入（确认，或在命令行使用 `--yes`）。</translation>
    </message>
    <message>
        <source>This file does not match the published {file_name}: its sha256 is {sha256}. Import it anyway only if you trust where it came from (confirm, or --yes on the command line).</source>
        <translation>这个文件与公布的 {file_name} 不符：它的 sha256 为 {sha256}。只有在你信任其来源时才继续导入（确认，或在命令行使用 `--yes`）。</translation>
    </message>
    <message>
        <source>This file is {file_name} ({name}), not {expected_file} ({expected_name}): import it as &apos;{name}&apos;.</source>
        <translation>这个文件是 {file_name}（{name}），不是 {expected_file}（{expected_name}）：请将它作为“{name}”导入。</translation>
    </message>
    <message>
        <source>Too few clips to hold any out for validation; no validation loss.</source>
        <translation>片段太少，无法留出验证集；不会计算验证损失。</translation>
    </message>
    <message>
        <source>Trained {steps} steps ({epochs} epochs).</source>
        <translation>已训练 {steps} 步（{epochs} 轮）。</translation>
    </message>
    <message>
        <source>Trained {steps} steps ({epochs} epochs). Best validation mel L1 {best:.4f}.</source>
        <translation>已训练 {steps} 步（{epochs} 轮）。最佳验证 Mel L1 为 {best:.4f}。</translation>
    </message>
    <message>
        <source>Turn on gradient clipping (e.g. 1000), or lower the learning rate. Occasional spikes are harmless.</source>
        <translation>请开启梯度裁剪（例如 1000），或降低学习率。偶尔出现的尖峰无害。</translation>
    </message>
    <message>
        <source>Unknown goal &apos;{goal}&apos;. Known: {known}.</source>
        <translation>未知目标“{goal}”。可选：{known}。</translation>
    </message>
    <message>
        <source>Unknown weight file &apos;{name}&apos;. Known: {known}.</source>
        <translation>未知权重文件“{name}”。已知：{known}。</translation>
    </message>
    <message>
        <source>Use the best checkpoint (kept as &apos;best&apos;), stop here, or add more audio or augmentation.</source>
        <translation>请使用最佳检查点（best.pt）并在此停止，或添加更多音频或数据增强。</translation>
    </message>
    <message>
        <source>a cache folder is needed when features are built from a list of files</source>
        <translation>从文件列表构建特征时需要指定缓存文件夹</translation>
    </message>
    <message>
        <source>a checkpoint with a preview every {every} steps: {count} checkpoints to compare</source>
        <translation>每 {every} 步保存一个带试听的检查点：共 {count} 个检查点可供比较</translation>
    </message>
    <message>
        <source>a cut at {time:.2f} s is not inside segment {number}</source>
        <translation>{time:.2f} 秒处的切点不在第 {number} 段内</translation>
    </message>
    <message>
        <source>a higher rate than the reference&apos;s, so the curves move within the short run</source>
        <translation>比参考设置更高的学习率，让曲线在短时间训练内就有变化</translation>
    </message>
    <message>
        <source>a new segment needs a start before its end</source>
        <translation>新片段的开始时间必须早于结束时间</translation>
    </message>
    <message>
        <source>a voice called &apos;{name}&apos; is already in the library</source>
        <translation>音色库中已有名为“{name}”的音色</translation>
    </message>
    <message>
        <source>about 1,000 steps of warmup before the full learning rate</source>
        <translation>先预热约 1,000 步，再使用完整学习率</translation>
    </message>
    <message>
        <source>about 20 checkpoints over the run to compare (every {save_every} epochs)</source>
        <translation>整个训练过程约保存 20 个检查点以供对比（每 {save_every} 轮一次）</translation>
    </message>
    <message>
        <source>about {steps:,} steps ({steps_per_epoch} per epoch over {minutes:.1f} minutes of audio)</source>
        <translation>约 {steps:,} 步（{minutes:.1f} 分钟音频，每轮 {steps_per_epoch} 步）</translation>
    </message>
    <message>
        <source>accompaniment</source>
        <translation>伴奏</translation>
    </message>
    <message>
        <source>add more clean, dry vocal recordings (10-30 min of singing trains a good model)</source>
        <translation>请添加更多干净的干声录音（10–30 分钟的演唱可以训练出好模型）</translation>
    </message>
    <message>
        <source>adding vectors</source>
        <translation>正在添加向量</translation>
    </message>
    <message>
        <source>adding {name} to the voice library</source>
        <translation>正在把 {name} 加入音色库</translation>
    </message>
    <message>
        <source>alpha must be between 0 and 1 (A&apos;s share), not {alpha}</source>
        <translation>alpha 必须在 0 到 1 之间（A 的占比），而不是 {alpha}</translation>
    </message>
    <message>
        <source>analysing the clip</source>
        <translation>正在分析片段</translation>
    </message>
    <message>
        <source>analysing {name}</source>
        <translation>正在分析 {name}</translation>
    </message>
    <message>
        <source>analysis finished</source>
        <translation>分析完成</translation>
    </message>
    <message>
        <source>best mean rank {rank:.2f} over {count} scores</source>
        <translation>{count} 项评分的平均排名最佳（{rank:.2f}）</translation>
    </message>
    <message>
        <source>bf16 is as fast as fp16 and needs no loss scaling</source>
        <translation>bf16 与 fp16 一样快，且无需损失缩放</translation>
    </message>
    <message>
        <source>building the retrieval index</source>
        <translation>正在构建检索索引</translation>
    </message>
    <message>
        <source>building the waveform overview</source>
        <translation>正在生成波形概览</translation>
    </message>
    <message>
        <source>built now from the project&apos;s training features</source>
        <translation>刚用项目的训练特征构建</translation>
    </message>
    <message>
        <source>cannot create the project folder {root}: {strerror}</source>
        <translation>无法创建项目文件夹 {root}：{strerror}</translation>
    </message>
    <message>
        <source>cannot read RMVPE weights {name}: {exc}</source>
        <translation>无法读取 RMVPE 权重 {name}：{exc}</translation>
    </message>
    <message>
        <source>cannot read index file {name}: {strerror}</source>
        <translation>无法读取索引文件 {name}：{strerror}</translation>
    </message>
    <message>
        <source>cannot read {name}: {exc}</source>
        <translation>无法读取 {name}：{exc}</translation>
    </message>
    <message>
        <source>cannot read {name}: {strerror}</source>
        <translation>无法读取 {name}：{strerror}</translation>
    </message>
    <message>
        <source>cannot replace {filename}: {strerror} (is it open in another program?)</source>
        <translation>无法替换 {filename}：{strerror}（是否在其他程序中打开？）</translation>
    </message>
    <message>
        <source>cannot resample from {sr_in} Hz to {sr_out} Hz</source>
        <translation>无法从 {sr_in} Hz 重采样到 {sr_out} Hz</translation>
    </message>
    <message>
        <source>check that the drive is connected and the file can be opened</source>
        <translation>请检查磁盘是否已连接、文件能否打开</translation>
    </message>
    <message>
        <source>check that the file still exists (moved, renamed or on a drive that is not connected)</source>
        <translation>请检查文件是否还在（可能被移动、重命名，或位于未连接的磁盘上）</translation>
    </message>
    <message>
        <source>check the recording: a muted track, the wrong input, or an export of an empty range</source>
        <translation>请检查录音：音轨被静音、选错了输入，或导出了空白区段</translation>
    </message>
    <message>
        <source>checking the feature cache</source>
        <translation>正在检查特征缓存</translation>
    </message>
    <message>
        <source>checking the partial download of {name}</source>
        <translation>正在校验 {name} 的未完成下载</translation>
    </message>
    <message>
        <source>checking {file_name}</source>
        <translation>正在校验 {file_name}</translation>
    </message>
    <message>
        <source>checking {name}</source>
        <translation>正在检查 {name}</translation>
    </message>
    <message>
        <source>choose an audio file: this one holds text</source>
        <translation>请选择音频文件：这个文件里是文本</translation>
    </message>
    <message>
        <source>choose another name</source>
        <translation>请换一个名称</translation>
    </message>
    <message>
        <source>choose at least two neighbouring segments to merge</source>
        <translation>请至少选择两个相邻片段进行合并</translation>
    </message>
    <message>
        <source>choose the Custom preset with a shorter minimum length to keep them</source>
        <translation>如需保留，请选择“自定义”预设并缩短最短长度</translation>
    </message>
    <message>
        <source>choose the song file itself; this one holds only zeros</source>
        <translation>请选择歌曲文件本身；这个文件全是零</translation>
    </message>
    <message>
        <source>clip {key} left out: {reason}</source>
        <translation>片段 {key} 未使用：{reason}</translation>
    </message>
    <message>
        <source>clipped: {percent:.1f}% of samples at the peak</source>
        <translation>削波：{percent:.1f}% 的采样处于峰值</translation>
    </message>
    <message>
        <source>clipping: {percent:.2f}% of samples at full scale</source>
        <translation>削波：{percent:.2f}% 的采样点达到满刻度</translation>
    </message>
    <message>
        <source>clustering {count} vectors to {centres} centres</source>
        <translation>正在将 {count} 个向量聚类为 {centres} 个中心</translation>
    </message>
    <message>
        <source>contacting the hub for {file_name}</source>
        <translation>正在连接 Hugging Face Hub 获取 {file_name}</translation>
    </message>
    <message>
        <source>contacting {host}</source>
        <translation>正在连接 {host}</translation>
    </message>
    <message>
        <source>content features</source>
        <translation>内容特征</translation>
    </message>
    <message>
        <source>convert it to WAV/FLAC or remove it</source>
        <translation>请将其转换为 WAV/FLAC，或将其移除</translation>
    </message>
    <message>
        <source>convert or re-export the file as WAV or FLAC</source>
        <translation>请将文件转换或重新导出为 WAV 或 FLAC</translation>
    </message>
    <message>
        <source>converted vocal</source>
        <translation>转换后的人声</translation>
    </message>
    <message>
        <source>converting</source>
        <translation>正在转换</translation>
    </message>
    <message>
        <source>copied into the library folder</source>
        <translation>复制到库文件夹中</translation>
    </message>
    <message>
        <source>cut short: the header says {declared}, the file holds {actual}</source>
        <translation>文件不完整：文件头声明 {declared}，实际只有 {actual}</translation>
    </message>
    <message>
        <source>damaged AIFF file</source>
        <translation>AIFF 文件已损坏</translation>
    </message>
    <message>
        <source>damaged FLAC file</source>
        <translation>FLAC 文件已损坏</translation>
    </message>
    <message>
        <source>damaged MP3 file (no audio frames could be decoded)</source>
        <translation>MP3 文件已损坏（无法解码任何音频帧）</translation>
    </message>
    <message>
        <source>damaged WAV header (0 channels)</source>
        <translation>WAV 文件头已损坏（0 个声道）</translation>
    </message>
    <message>
        <source>damaged WAV header (not RIFF/WAVE)</source>
        <translation>WAV 文件头已损坏（不是 RIFF/WAVE）</translation>
    </message>
    <message>
        <source>damaged WAV header (sample rate 0)</source>
        <translation>WAV 文件头已损坏（采样率为 0）</translation>
    </message>
    <message>
        <source>damaged WAV header ({bits} bits per sample)</source>
        <translation>WAV 文件头已损坏（每个采样 {bits} 位）</translation>
    </message>
    <message>
        <source>damaged or unsupported Ogg file (Vorbis and Opus are supported)</source>
        <translation>Ogg 文件已损坏或不受支持（支持 Vorbis 和 Opus）</translation>
    </message>
    <message>
        <source>damaged or unsupported WAV file</source>
        <translation>WAV 文件已损坏或不受支持</translation>
    </message>
    <message>
        <source>decoding</source>
        <translation>正在解码</translation>
    </message>
    <message>
        <source>decoding {name}</source>
        <translation>正在解码 {name}</translation>
    </message>
    <message>
        <source>denoise the file (or record again in a quieter room), or exclude it</source>
        <translation>请对文件降噪（或在更安静的房间重新录制），或将其排除</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>downloaded {name} (sha256 {sha}...)</source>
        <translation>已下载 {name}（sha256 {sha}...）</translation>
    </message>
    <message>
        <source>embedding the training voice</source>
        <translation>正在提取训练声音的声纹嵌入</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>estimated to fit {gib:.1f} GiB of GPU memory</source>
        <translation>估计可放入 {gib:.1f} GiB 显存</translation>
    </message>
    <message>
        <source>exclude one of the two so the model does not overfit it</source>
        <translation>请排除其中一个，以免模型对其过拟合</translation>
    </message>
    <message>
        <source>export the recording again (the copy was probably interrupted); the part that is there is imported</source>
        <translation>请重新导出录音（复制可能被中断了）；已有的部分已导入</translation>
    </message>
    <message>
        <source>export the recording again as 16- or 24-bit WAV/FLAC</source>
        <translation>请将录音重新导出为 16 位或 24 位的 WAV/FLAC</translation>
    </message>
    <message>
        <source>export the recording again from the program that made it</source>
        <translation>请用制作该录音的程序重新导出</translation>
    </message>
    <message>
        <source>export the song as a stereo file</source>
        <translation>把歌曲导出为立体声文件</translation>
    </message>
    <message>
        <source>export the vocal alone as a mono or stereo file (not the surround or multitrack mix)</source>
        <translation>请单独导出人声为单声道或立体声文件（不要导出环绕声或多轨混音）</translation>
    </message>
    <message>
        <source>exported {name}</source>
        <translation>已导出 {name}</translation>
    </message>
    <message>
        <source>exporting {name}</source>
        <translation>正在导出 {name}</translation>
    </message>
    <message>
        <source>fcpe: rmvpe.pt is not installed, and FCPE needs no download (nearly as accurate)</source>
        <translation>fcpe：未安装 rmvpe.pt，而 FCPE 无需下载（准确度相近）</translation>
    </message>
    <message>
        <source>features ready</source>
        <translation>特征已就绪</translation>
    </message>
    <message>
        <source>features: {name}</source>
        <translation>特征：{name}</translation>
    </message>
    <message>
        <source>fine-tuning needs both base files: the generator (G) and the discriminator (D)</source>
        <translation>微调需要两个底模文件：生成器（G）和判别器（D）</translation>
    </message>
    <message>
        <source>fp16 with loss scaling, as RVC does</source>
        <translation>与 RVC 相同，使用带损失缩放的 fp16</translation>
    </message>
    <message>
        <source>from scratch a warmup avoids early blow-ups and the cosine settles the end</source>
        <translation>从头训练时，预热可避免初期发散，余弦调度让后期平稳收敛</translation>
    </message>
    <message>
        <source>give at least one model or checkpoint to compare</source>
        <translation>请至少指定一个模型或检查点进行对比</translation>
    </message>
    <message>
        <source>give your account read access to the file, or copy it somewhere you own</source>
        <translation>请给你的账户授予该文件的读取权限，或把它复制到你自己的文件夹</translation>
    </message>
    <message>
        <source>hashing source</source>
        <translation>正在计算源音频的哈希值</translation>
    </message>
    <message>
        <source>hashing {name}</source>
        <translation>正在计算 {name} 的哈希</translation>
    </message>
    <message>
        <source>if it sounds wrong, export the file again as WAV or FLAC</source>
        <translation>如果听起来不对，请把文件重新导出为 WAV 或 FLAC</translation>
    </message>
    <message>
        <source>import a longer take, or remove this one</source>
        <translation>请导入更长的录音，或移除这一个</translation>
    </message>
    <message>
        <source>import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>import the folder itself to take the audio files inside it</source>
        <translation>导入文件夹本身即可导入其中的音频文件</translation>
    </message>
    <message>
        <source>import vocal recordings (WAV or FLAC)</source>
        <translation>请导入人声录音（WAV 或 FLAC）</translation>
    </message>
    <message>
        <source>imported {count} file</source>
        <translation>已导入 {count} 个文件</translation>
    </message>
    <message>
        <source>imported {count} files</source>
        <translation>已导入 {count} 个文件</translation>
    </message>
    <message>
        <source>importing {file_name}</source>
        <translation>正在导入 {file_name}</translation>
    </message>
    <message>
        <source>importing {name}</source>
        <translation>正在导入 {name}</translation>
    </message>
    <message>
        <source>index file not found: {path}</source>
        <translation>找不到索引文件：{path}</translation>
    </message>
    <message>
        <source>index {name} holds no vectors</source>
        <translation>索引 {name} 中没有向量</translation>
    </message>
    <message>
        <source>it cannot be read ({strerror})</source>
        <translation>无法读取（{strerror}）</translation>
    </message>
    <message>
        <source>it contains code or objects other than weights, so it was refused unopened</source>
        <translation>它含有权重以外的代码或对象，因此未打开即被拒绝</translation>
    </message>
    <message>
        <source>it contains text, not model weights</source>
        <translation>其中是文本，不是模型权重</translation>
    </message>
    <message>
        <source>it is a damaged or cut-short PyTorch file (download or copy it again)</source>
        <translation>这是一个损坏或不完整的 PyTorch 文件（请重新下载或复制）</translation>
    </message>
    <message>
        <source>it is a damaged or cut-short zip archive</source>
        <translation>这是一个损坏或不完整的 zip 压缩包</translation>
    </message>
    <message>
        <source>it is a safetensors file, not an RVC .pth file</source>
        <translation>这是 safetensors 文件，不是 RVC 的 .pth 文件</translation>
    </message>
    <message>
        <source>it is a zip archive, not a PyTorch file: unpack it and choose the .pth inside</source>
        <translation>这是 zip 压缩包，不是 PyTorch 文件：请解压后选择其中的 .pth</translation>
    </message>
    <message>
        <source>it is an ONNX export; svcdesk reads RVC .pth files</source>
        <translation>这是 ONNX 导出文件；svcdesk 读取的是 RVC 的 .pth 文件</translation>
    </message>
    <message>
        <source>it is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <source>it is not a PyTorch file (damaged, or another format)</source>
        <translation>这不是 PyTorch 文件（已损坏，或是其他格式）</translation>
    </message>
    <message>
        <source>keep the 48 Hz high-pass on in the Slicer; it removes the offset</source>
        <translation>请在切片页保持 48 Hz 高通滤波开启，它会去除该偏移</translation>
    </message>
    <message>
        <source>keeps all {count} checkpoints for the Compare page</source>
        <translation>保留全部 {count} 个检查点供“比较”页面使用</translation>
    </message>
    <message>
        <source>kept silence and merge gap cannot be negative</source>
        <translation>保留的静音长度和合并间隔不能为负数</translation>
    </message>
    <message>
        <source>less than 8 GiB of RAM: a smaller batch avoids swapping</source>
        <translation>内存不足 8 GiB：较小的批大小可避免使用交换空间</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>loading the content encoder</source>
        <translation>正在加载内容编码器</translation>
    </message>
    <message>
        <source>loading the voice model</source>
        <translation>正在加载音色模型</translation>
    </message>
    <message>
        <source>loading the voices</source>
        <translation>正在加载音色</translation>
    </message>
    <message>
        <source>loading {name}</source>
        <translation>正在加载 {name}</translation>
    </message>
    <message>
        <source>long file ({minutes:.1f} min) is not sliced yet</source>
        <translation>长文件（{minutes:.1f} 分钟）尚未切片</translation>
    </message>
    <message>
        <source>longer than its header says: the header says {declared}, the file holds {actual} (only {declared} is read)</source>
        <translation>比文件头声明的更长：文件头声明 {declared}，实际有 {actual}（只读取 {declared}）</translation>
    </message>
    <message>
        <source>lower the silence threshold or choose the Custom preset with a shorter minimum length</source>
        <translation>请降低静音阈值，或选择“自定义”预设并缩短最短长度</translation>
    </message>
    <message>
        <source>made from the training checkpoint {file}</source>
        <translation>由训练检查点 {file} 生成</translation>
    </message>
    <message>
        <source>measuring loudness</source>
        <translation>正在测量响度</translation>
    </message>
    <message>
        <source>measuring the stems</source>
        <translation>正在测量分轨</translation>
    </message>
    <message>
        <source>merge voices of the same sample rate, version and pitch setting</source>
        <translation>请合并采样率、版本和音高设置都相同的音色</translation>
    </message>
    <message>
        <source>merge: {alpha:.2f} × {a} + {rest:.2f} × {b}</source>
        <translation>合并：{alpha:.2f} × {a} + {rest:.2f} × {b}</translation>
    </message>
    <message>
        <source>merging {a} and {b}</source>
        <translation>正在合并 {a} 和 {b}</translation>
    </message>
    <message>
        <source>minimum length {minimum:g} s is longer than maximum length {maximum:g} s</source>
        <translation>最短长度 {minimum:g} 秒超过了最长长度 {maximum:g} 秒</translation>
    </message>
    <message>
        <source>minimum silence interval must be at least one hop long</source>
        <translation>最短静音间隔至少要有一个跳步长</translation>
    </message>
    <message>
        <source>mixing the cover</source>
        <translation>正在混音翻唱</translation>
    </message>
    <message>
        <source>model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>model file not found: {path}</source>
        <translation>找不到模型文件：{path}</translation>
    </message>
    <message>
        <source>model file not found: {path} (and no library voice has that name)</source>
        <translation>找不到模型文件：{path}（音色库中也没有同名音色）</translation>
    </message>
    <message>
        <source>moving {name}</source>
        <translation>正在移动 {name}</translation>
    </message>
    <message>
        <source>near-duplicate of {other}</source>
        <translation>与 {other} 几乎重复</translation>
    </message>
    <message>
        <source>no RVC voice (.pth) found in {what}</source>
        <translation>在 {what} 中未找到 RVC 音色（.pth）</translation>
    </message>
    <message>
        <source>no audio is included in the dataset</source>
        <translation>数据集中没有包含任何音频</translation>
    </message>
    <message>
        <source>no augmentation: it would slow each step of the demo</source>
        <translation>不做数据增强：它会拖慢演示的每一步</translation>
    </message>
    <message>
        <source>no cached features for this project&apos;s segments with these settings: run `svcdesk preprocess` (or train) first</source>
        <translation>该项目的片段没有使用这些设置的缓存特征：请先运行 `svcdesk preprocess`（或开始训练）</translation>
    </message>
    <message>
        <source>no file with id {file_id} in project {name}</source>
        <translation>项目 {name} 中没有编号为 {file_id} 的文件</translation>
    </message>
    <message>
        <source>no usable segments with features: import and slice some vocals first</source>
        <translation>没有带特征的可用片段：请先导入人声并切片</translation>
    </message>
    <message>
        <source>no usable training clips ({count} outside {minimum:g}-{maximum:g} s); slice the audio into segments first</source>
        <translation>没有可用的训练片段（{count} 个不在 {minimum:g}–{maximum:g} 秒范围内）；请先将音频切成片段</translation>
    </message>
    <message>
        <source>no vocal was found in {name}: it sounds instrumental, so there is nothing to convert</source>
        <translation>{name} 中没有找到人声：它听起来是纯音乐，没有可转换的内容</translation>
    </message>
    <message>
        <source>no voice called &apos;{name}&apos; in the library ({folder})</source>
        <translation>音色库（{folder}）中没有名为“{name}”的音色</translation>
    </message>
    <message>
        <source>no voiced output where the clip sings</source>
        <translation>片段演唱处没有浊音输出</translation>
    </message>
    <message>
        <source>noisy: about {snr:.0f} dB between voice and noise floor</source>
        <translation>噪声较大：人声与底噪之间仅约 {snr:.0f} dB（信噪比偏低）</translation>
    </message>
    <message>
        <source>not a recognised audio file</source>
        <translation>无法识别的音频文件</translation>
    </message>
    <message>
        <source>not a valid {kind} file (unrecognised content)</source>
        <translation>不是有效的 {kind} 文件（内容无法识别）</translation>
    </message>
    <message>
        <source>not an audio file (it contains text)</source>
        <translation>不是音频文件（其中是文本）</translation>
    </message>
    <message>
        <source>not analysed yet</source>
        <translation>尚未分析</translation>
    </message>
    <message>
        <source>not enough space for {what} in {folder}: it needs about {needed}, {drive} has {free} free. Free {missing} on {drive} or choose another folder.{keep}</source>
        <translation>{folder} 中没有足够空间存放{what}：约需 {needed}，{drive} 只剩 {free}。请在 {drive} 上腾出 {missing} 或选择其他文件夹。{keep}</translation>
    </message>
    <message>
        <source>nothing to fix for the demo; for your own voice, create a project from your vocals</source>
        <translation>演示无需处理；若要训练你自己的声音，请用你的人声新建项目</translation>
    </message>
    <message>
        <source>nothing to resume: no checkpoint in {folder}</source>
        <translation>无法继续训练：{folder} 中没有检查点</translation>
    </message>
    <message>
        <source>only {count} usable segments: keeps at least two steps per epoch</source>
        <translation>只有 {count} 个可用片段：保证每轮至少两步</translation>
    </message>
    <message>
        <source>only {minutes:.1f} min of audio; a voice model needs at least {needed:.0f} min</source>
        <translation>只有 {minutes:.1f} 分钟音频；训练音色模型至少需要 {needed:.0f} 分钟</translation>
    </message>
    <message>
        <source>only {minutes:.1f} minutes of audio: pitch shift and time stretch widen what the model hears</source>
        <translation>只有 {minutes:.1f} 分钟音频：变调和时间伸缩可以扩充模型听到的素材</translation>
    </message>
    <message>
        <source>out of GPU memory even at batch size 1: close other GPU programs or train on the CPU</source>
        <translation>即使批大小为 1 显存也不足：请关闭其他占用 GPU 的程序，或改用 CPU 训练</translation>
    </message>
    <message>
        <source>pitch</source>
        <translation>音高</translation>
    </message>
    <message>
        <source>pitch error</source>
        <translation>音高误差</translation>
    </message>
    <message>
        <source>pitch setting</source>
        <translation>音高设置</translation>
    </message>
    <message>
        <source>project.json names a file outside the project: {relative}</source>
        <translation>project.json 引用了项目之外的文件：{relative}</translation>
    </message>
    <message>
        <source>re-export or re-record at a lower level; clipped audio teaches the model distortion</source>
        <translation>请以较低电平重新导出或重新录制；削波的音频会让模型学到失真</translation>
    </message>
    <message>
        <source>re-export the file as WAV or FLAC</source>
        <translation>请将文件重新导出为 WAV 或 FLAC</translation>
    </message>
    <message>
        <source>reading cached features</source>
        <translation>正在读取缓存的特征</translation>
    </message>
    <message>
        <source>reading source</source>
        <translation>正在读取源音频</translation>
    </message>
    <message>
        <source>reading {name}</source>
        <translation>正在读取 {name}</translation>
    </message>
    <message>
        <source>remove or re-slice it; the other segments are used</source>
        <translation>请移除或重新切片；其余片段照常使用</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>正在渲染</translation>
    </message>
    <message>
        <source>rendering {label}</source>
        <translation>正在生成 {label}</translation>
    </message>
    <message>
        <source>rmvpe: the reference&apos;s pitch method (rmvpe.pt is installed)</source>
        <translation>rmvpe：参考实现使用的音高方法（已安装 rmvpe.pt）</translation>
    </message>
    <message>
        <source>run the Slicer: training needs segments of a few seconds</source>
        <translation>请运行切片：训练需要几秒长的片段</translation>
    </message>
    <message>
        <source>sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>sample rate {rate} Hz is below the model&apos;s {model_rate} Hz</source>
        <translation>采样率 {rate} Hz 低于模型的 {model_rate} Hz</translation>
    </message>
    <message>
        <source>sample rate {rate} Hz is not one RVC models use ({rates})</source>
        <translation>采样率 {rate} Hz 不是 RVC 模型使用的采样率（{rates}）</translation>
    </message>
    <message>
        <source>saving checkpoint</source>
        <translation>正在保存检查点</translation>
    </message>
    <message>
        <source>say which: --sample-rate and --pitch/--no-pitch on the command line</source>
        <translation>请指明：命令行中使用 --sample-rate 和 --pitch/--no-pitch</translation>
    </message>
    <message>
        <source>scoring {label}</source>
        <translation>正在评分 {label}</translation>
    </message>
    <message>
        <source>segment {number} ({start_s:.2f}-{end_s:.2f} s) is outside the audio</source>
        <translation>第 {number} 段（{start_s:.2f}–{end_s:.2f} 秒）超出了音频范围</translation>
    </message>
    <message>
        <source>segment {number} ends after the file ends ({duration_s:.2f} s)</source>
        <translation>第 {number} 段的结束时间晚于文件结尾（{duration_s:.2f} 秒）</translation>
    </message>
    <message>
        <source>segment {number} ends before it starts</source>
        <translation>第 {number} 段的结束时间早于开始时间</translation>
    </message>
    <message>
        <source>segment {number} overlaps the one before it</source>
        <translation>第 {number} 段与前一段重叠</translation>
    </message>
    <message>
        <source>separate the vocal: select the file and press Separate vocal (the original stays in raw/)</source>
        <translation>请分离人声：选中该文件并点击“分离人声”（原文件保留在 raw/ 中）</translation>
    </message>
    <message>
        <source>separated vocal</source>
        <translation>分离出的人声</translation>
    </message>
    <message>
        <source>separating the vocal</source>
        <translation>正在分离人声</translation>
    </message>
    <message>
        <source>separating the vocal ({label})</source>
        <translation>正在分离人声（{label}）</translation>
    </message>
    <message>
        <source>separation model</source>
        <translation>分离模型</translation>
    </message>
    <message>
        <source>silence threshold must be between -120 and 0 dB (got {threshold:g})</source>
        <translation>静音阈值必须在 -120 到 0 dB 之间（当前为 {threshold:g}）</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>silent (peak below {threshold:g} dBFS)</source>
        <translation>静音（峰值低于 {threshold:g} dBFS）</translation>
    </message>
    <message>
        <source>skipped {count}: {reasons}</source>
        <translation>跳过 {count} 项：{reasons}</translation>
    </message>
    <message>
        <source>slice lengths must be positive</source>
        <translation>切片长度必须为正数</translation>
    </message>
    <message>
        <source>slicer hop must be between 0 and 100 ms (got {hop_ms:g} ms)</source>
        <translation>切片跳步必须在 0 到 100 ms 之间（当前为 {hop_ms:g} ms）</translation>
    </message>
    <message>
        <source>slicing finished</source>
        <translation>切片完成</translation>
    </message>
    <message>
        <source>sounds like a song with music ({percent:.0f}% of its energy is bass, and it is never silent)</source>
        <translation>听起来像带伴奏的歌曲（{percent:.0f}% 的能量是低音，且从不静音）</translation>
    </message>
    <message>
        <source>speaker id {speaker_id} does not exist: this model has speakers 0..{last}</source>
        <translation>说话人编号 {speaker_id} 不存在：该模型的说话人编号为 0..{last}</translation>
    </message>
    <message>
        <source>speaker similarity</source>
        <translation>音色相似度</translation>
    </message>
    <message>
        <source>square-root</source>
        <translation>平方根</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <source>step {step}  ·  val {value:.3f}</source>
        <translation>第 {step} 步  ·  验证 {value:.3f}</translation>
    </message>
    <message>
        <source>svcdesk library list shows the names; svcdesk library import adds a voice</source>
        <translation>svcdesk library list 列出名称；svcdesk library import 添加音色</translation>
    </message>
    <message>
        <source>synthesising the demo singer</source>
        <translation>正在合成示例歌手</translation>
    </message>
    <message>
        <source>the answer is not from a Hugging Face hub (no X-Repo-Commit or ETag header); check HF_ENDPOINT, the proxy or a firewall/login page</source>
        <translation>响应不是来自 Hugging Face Hub（没有 X-Repo-Commit 或 ETag 头）；请检查 HF_ENDPOINT、代理，或防火墙/登录页面</translation>
    </message>
    <message>
        <source>the chunk overlap must be between 1 and {most}, got {overlap}</source>
        <translation>分块重叠必须在 1 到 {most} 之间，当前为 {overlap}</translation>
    </message>
    <message>
        <source>the converted file</source>
        <translation>转换后的文件</translation>
    </message>
    <message>
        <source>the cover would overwrite the song: choose another output file</source>
        <translation>翻唱会覆盖原曲：请选择另一个输出文件</translation>
    </message>
    <message>
        <source>the demo singer has {minutes:.1f} min of synthetic audio: enough to show training, as expected for the demo; a voice of your own needs at least {needed:.0f} min</source>
        <translation>演示歌手有 {minutes:.1f} 分钟的合成音频：足以展示训练过程，演示本来如此；你自己的声音至少需要 {needed:.0f} 分钟</translation>
    </message>
    <message>
        <source>the demo: the reference batch of {batch}</source>
        <translation>演示：参考批大小 {batch}</translation>
    </message>
    <message>
        <source>the demo: {steps} steps (about {epochs} epochs of {per_epoch}) train the tiny model in minutes</source>
        <translation>演示：{steps} 步（约 {epochs} 轮，每轮 {per_epoch} 步），几分钟内训练完小模型</translation>
    </message>
    <message>
        <source>the fastest precision for this hardware</source>
        <translation>这台硬件上最快的精度</translation>
    </message>
    <message>
        <source>the features are for {feature_rate} Hz but the project is {project_rate} Hz</source>
        <translation>特征对应 {feature_rate} Hz，但项目为 {project_rate} Hz</translation>
    </message>
    <message>
        <source>the features of {count} segments</source>
        <translation>{count} 个片段的特征</translation>
    </message>
    <message>
        <source>the file is not a HuBERT/ContentVec checkpoint (no known key layout)</source>
        <translation>该文件不是 HuBERT/ContentVec 检查点（键名结构无法识别）</translation>
    </message>
    <message>
        <source>the index could not be built: {exc}</source>
        <translation>无法构建索引：{exc}</translation>
    </message>
    <message>
        <source>the index holds {dim}-dim features but the model uses {model_dim}-dim ones (v1 and v2 indexes are not interchangeable)</source>
        <translation>索引中是 {dim} 维特征，但模型使用 {model_dim} 维特征（v1 与 v2 的索引不能互换）</translation>
    </message>
    <message>
        <source>the index holds {index_dim}-dim features, the model uses {model_dim}-dim ones</source>
        <translation>索引中是 {index_dim} 维特征，模型使用 {model_dim} 维特征</translation>
    </message>
    <message>
        <source>the largest batch that fitted in {gib:.1f} GiB of GPU memory in a trial step</source>
        <translation>试运行中能放入 {gib:.1f} GiB 显存的最大批大小</translation>
    </message>
    <message>
        <source>the library is now in {folder}</source>
        <translation>音色库现在位于 {folder}</translation>
    </message>
    <message>
        <source>the output would overwrite the source recording: choose another output file</source>
        <translation>输出会覆盖源录音：请选择其他输出文件</translation>
    </message>
    <message>
        <source>the reference batch; on a CPU a larger batch only makes each step slower</source>
        <translation>参考实现的批大小；在 CPU 上，更大的批只会让每一步更慢</translation>
    </message>
    <message>
        <source>the reference window ({frames} frames) that the pretrained bases were trained with</source>
        <translation>预训练底模训练时使用的参考窗口（{frames} 帧）</translation>
    </message>
    <message>
        <source>the run has no index, and the project has no training features to build one from (train or preprocess it first)</source>
        <translation>该运行没有索引，项目也没有可用来构建索引的训练特征（请先训练或预处理）</translation>
    </message>
    <message>
        <source>the run is too short for the learning rate to need decaying</source>
        <translation>训练太短，学习率无需衰减</translation>
    </message>
    <message>
        <source>the run&apos;s index</source>
        <translation>运行的索引</translation>
    </message>
    <message>
        <source>the separated stems</source>
        <translation>分离出的分轨</translation>
    </message>
    <message>
        <source>the separated stems of {name} could not be read back from {folder}</source>
        <translation>无法从 {folder} 读回 {name} 的分离分轨</translation>
    </message>
    <message>
        <source>the separation model returned audio of shape {got} for {sent}</source>
        <translation>分离模型对 {sent} 的输入返回了形状为 {got} 的音频</translation>
    </message>
    <message>
        <source>the server answered {status}</source>
        <translation>服务器返回 {status}</translation>
    </message>
    <message>
        <source>the slicer needs mono audio</source>
        <translation>切片需要单声道音频</translation>
    </message>
    <message>
        <source>the source audio holds invalid samples (NaN or infinity)</source>
        <translation>源音频包含无效采样点（NaN 或无穷大）</translation>
    </message>
    <message>
        <source>the source audio must be mono or (samples, channels), got shape {shape}</source>
        <translation>源音频必须是单声道或（采样数, 声道数）形状，实际形状为 {shape}</translation>
    </message>
    <message>
        <source>the source is too short to convert (under 40 ms)</source>
        <translation>源音频太短，无法转换（不足 40 ms）</translation>
    </message>
    <message>
        <source>the source must be an audio file path or (audio, sample_rate)</source>
        <translation>源必须是音频文件路径或（音频, 采样率）</translation>
    </message>
    <message>
        <source>the speaker encoder (the Resemblyzer package) is not installed</source>
        <translation>未安装说话人编码器（Resemblyzer 包）</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>the voice must be a model file path or a loaded voice model</source>
        <translation>音色必须是模型文件路径或已加载的音色模型</translation>
    </message>
    <message>
        <source>the voices cannot be merged: the result does not fit their model</source>
        <translation>这些音色无法合并：结果与其模型不符</translation>
    </message>
    <message>
        <source>the voices cannot be merged: {key} is {shape_a} in one and {shape_b} in the other</source>
        <translation>这些音色无法合并：{key} 在一个中是 {shape_a}，在另一个中是 {shape_b}</translation>
    </message>
    <message>
        <source>there is no segment {number} (this file has {count})</source>
        <translation>没有第 {number} 段（该文件共有 {count} 段）</translation>
    </message>
    <message>
        <source>this run was trained with a different model size, window or sample rate</source>
        <translation>这次训练使用的模型大小、窗口或采样率不同</translation>
    </message>
    <message>
        <source>this {version} model expects {feature_dim}-dim content features but the encoder gives {encoder_dim}; svcdesk converts with v2 (768-dim) models</source>
        <translation>这个 {version} 模型需要 {feature_dim} 维内容特征，但编码器输出 {encoder_dim} 维；svcdesk 使用 v2（768 维）模型进行转换</translation>
    </message>
    <message>
        <source>too long ({seconds:.2f} s &gt; {limit:.2f} s)</source>
        <translation>太长（{seconds:.2f} 秒 &gt; {limit:.2f} 秒）</translation>
    </message>
    <message>
        <source>too short ({seconds:.2f} s &lt; {limit:.2f} s)</source>
        <translation>太短（{seconds:.2f} 秒 &lt; {limit:.2f} 秒）</translation>
    </message>
    <message>
        <source>too short ({seconds:.2f} s, at least {minimum:g} s needed)</source>
        <translation>太短（{seconds:.2f} 秒，至少需要 {minimum:g} 秒）</translation>
    </message>
    <message>
        <source>tracing the melody ({pitch_method})</source>
        <translation>正在提取旋律（{pitch_method}）</translation>
    </message>
    <message>
        <source>train() needs a project or a list of clip sources</source>
        <translation>train() 需要一个项目或一组片段来源</translation>
    </message>
    <message>
        <source>train() needs runs_dir when no project is given</source>
        <translation>未指定项目时，train() 需要 runs_dir</translation>
    </message>
    <message>
        <source>training checkpoint</source>
        <translation>训练检查点</translation>
    </message>
    <message>
        <source>training index</source>
        <translation>正在训练索引</translation>
    </message>
    <message>
        <source>training without the reference&apos;s silent clips: {exc}</source>
        <translation>训练时不使用参考实现的静音片段：{exc}</translation>
    </message>
    <message>
        <source>transposing the accompaniment</source>
        <translation>正在移调伴奏</translation>
    </message>
    <message>
        <source>truncated WAV header</source>
        <translation>WAV 文件头不完整</translation>
    </message>
    <message>
        <source>unknown mono downmix &apos;{method}&apos; (choose one of: {choices})</source>
        <translation>未知的单声道混缩方式“{method}”（可选：{choices}）</translation>
    </message>
    <message>
        <source>unknown normalisation &apos;{normalize}&apos; (choose one of: {choices})</source>
        <translation>未知的归一化方式“{normalize}”（可选：{choices}）</translation>
    </message>
    <message>
        <source>unknown precision {name!r} (fp32, fp16 or bf16)</source>
        <translation>未知的精度 {name!r}（可选 fp32、fp16 或 bf16）</translation>
    </message>
    <message>
        <source>unknown segment edge &apos;{edge}&apos; (start or end)</source>
        <translation>未知的片段边界“{edge}”（start 或 end）</translation>
    </message>
    <message>
        <source>unknown separation architecture &apos;{architecture}&apos;</source>
        <translation>未知的分离模型结构“{architecture}”</translation>
    </message>
    <message>
        <source>unknown separation model &apos;{key}&apos; (choose one of: {known})</source>
        <translation>未知的分离模型“{key}”（可选：{known}）</translation>
    </message>
    <message>
        <source>unknown slicing preset &apos;{name}&apos; (choose one of: {choices})</source>
        <translation>未知的切片预设“{name}”（可选：{choices}）</translation>
    </message>
    <message>
        <source>unpacking {zip}</source>
        <translation>正在解压 {zip}</translation>
    </message>
    <message>
        <source>unsupported format: MP4/M4A/AAC audio - convert to WAV/FLAC</source>
        <translation>不支持的格式：MP4/M4A/AAC 音频，请转换为 WAV/FLAC</translation>
    </message>
    <message>
        <source>unsupported format: WMA - convert to WAV/FLAC</source>
        <translation>不支持的格式：WMA，请转换为 WAV/FLAC</translation>
    </message>
    <message>
        <source>use peak or LUFS normalisation in the Slicer</source>
        <translation>请在切片页使用峰值或 LUFS 响度归一化</translation>
    </message>
    <message>
        <source>use the original recording at {model_rate} Hz or higher, or a {lower_rate} Hz project</source>
        <translation>请使用 {model_rate} Hz 或更高采样率的原始录音，或改用 {lower_rate} Hz 的项目</translation>
    </message>
    <message>
        <source>validation mel loss</source>
        <translation>验证集 Mel 损失</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>very quiet: peak {peak:.1f} dBFS</source>
        <translation>音量过低：峰值 {peak:.1f} dBFS</translation>
    </message>
    <message>
        <source>vocal separated from {source}: {percent:.0f}% of that file&apos;s energy was music and was removed</source>
        <translation>人声分离自 {source}：该文件 {percent:.0f}% 的能量是音乐，已被去除</translation>
    </message>
    <message>
        <source>voice model</source>
        <translation>音色模型</translation>
    </message>
    <message>
        <source>voicing agreement</source>
        <translation>清浊音一致率</translation>
    </message>
    <message>
        <source>writing stems</source>
        <translation>正在写入分轨</translation>
    </message>
    <message>
        <source>writing the cover</source>
        <translation>正在写入翻唱</translation>
    </message>
    <message>
        <source>writing the result</source>
        <translation>正在写入结果</translation>
    </message>
    <message>
        <source>writing the separated vocal</source>
        <translation>正在写入分离出的人声</translation>
    </message>
    <message>
        <source>writing the {stem}</source>
        <translation>正在写入{stem}</translation>
    </message>
    <message>
        <source>writing {name}</source>
        <translation>正在写入 {name}</translation>
    </message>
    <message>
        <source>wrote {out_path}</source>
        <translation>已写入 {out_path}</translation>
    </message>
    <message>
        <source>you chose not to build one</source>
        <translation>你选择了不构建</translation>
    </message>
    <message>
        <source>{a} and {b} cannot be merged: their models are built differently ({count} weights only one of them has)</source>
        <translation>{a} 和 {b} 无法合并：它们的模型结构不同（有 {count} 个权重只有其中一个具有）</translation>
    </message>
    <message>
        <source>{a} and {b} cannot be merged: their {what} differs ({a} is {desc_a}, {b} is {desc_b})</source>
        <translation>{a} 和 {b} 无法合并：它们的{what}不同（{a} 是 {desc_a}，{b} 是 {desc_b}）</translation>
    </message>
    <message>
        <source>{cents:.0f} cents</source>
        <translation>{cents:.0f} 音分</translation>
    </message>
    <message>
        <source>{count} already in the project</source>
        <translation>{count} 个已在项目中</translation>
    </message>
    <message>
        <source>{count} broken link</source>
        <translation>{count} 个失效链接</translation>
    </message>
    <message>
        <source>{count} broken links</source>
        <translation>{count} 个失效链接</translation>
    </message>
    <message>
        <source>{count} file that is not audio</source>
        <translation>{count} 个非音频文件</translation>
    </message>
    <message>
        <source>{count} files that are not audio</source>
        <translation>{count} 个非音频文件</translation>
    </message>
    <message>
        <source>{count} folder named like an audio file</source>
        <translation>{count} 个名字像音频文件的文件夹</translation>
    </message>
    <message>
        <source>{count} folder that cannot be read</source>
        <translation>{count} 个无法读取的文件夹</translation>
    </message>
    <message>
        <source>{count} folders named like audio files</source>
        <translation>{count} 个名字像音频文件的文件夹</translation>
    </message>
    <message>
        <source>{count} folders that cannot be read</source>
        <translation>{count} 个无法读取的文件夹</translation>
    </message>
    <message>
        <source>{count} link loop</source>
        <translation>{count} 个循环链接</translation>
    </message>
    <message>
        <source>{count} link loops</source>
        <translation>{count} 个循环链接</translation>
    </message>
    <message>
        <source>{count} refused (see above)</source>
        <translation>{count} 个被拒绝（见上文）</translation>
    </message>
    <message>
        <source>{count} text file</source>
        <translation>{count} 个文本文件</translation>
    </message>
    <message>
        <source>{count} text files</source>
        <translation>{count} 个文本文件</translation>
    </message>
    <message>
        <source>{count} usable segments, {minutes:.1f} minutes of audio, training on the {where}. Untick a suggestion to keep your own value.</source>
        <translation>{count} 个可用片段，共 {minutes:.1f} 分钟音频，在 {where} 上训练。取消勾选某条建议即可保留你自己的设置。</translation>
    </message>
    <message>
        <source>{count} voices are called &apos;{name}&apos;; rename one (svcdesk library list shows their folders)</source>
        <translation>有 {count} 个音色都叫“{name}”；请重命名其中一个（svcdesk library list 会显示它们的文件夹）</translation>
    </message>
    <message>
        <source>{criterion} {value} (rank {rank} of {count})</source>
        <translation>{criterion} {value}（第 {rank} 名，共 {count} 个）</translation>
    </message>
    <message>
        <source>{encoding} audio: audible quantisation noise</source>
        <translation>{encoding}音频：量化噪声明显</translation>
    </message>
    <message>
        <source>{exc} The curve shows {method} instead.</source>
        <translation>{exc} 曲线改为显示 {method} 的结果。</translation>
    </message>
    <message>
        <source>{file_name} is already being downloaded by another svcdesk window or command; wait for it or cancel it there.</source>
        <translation>另一个 svcdesk 窗口或命令正在下载 {file_name}；请等待其完成，或在那里取消。</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>{file} holds code or objects other than weights; it is never opened</source>
        <translation>{file} 含有权重以外的代码或对象，永远不会被打开</translation>
    </message>
    <message>
        <source>{file} is not an RVC voice file; import it with svcdesk library import to have it checked and converted</source>
        <translation>{file} 不是 RVC 音色文件；请用 svcdesk library import 导入，以便检查并转换</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}、{rest}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <source>{folder} is not there any more (a drive removed, or the folder deleted or renamed). Reconnect the drive or choose another folder.{keep}</source>
        <translation>{folder} 已不存在（磁盘被移除，或文件夹被删除、重命名）。请重新连接磁盘或选择其他文件夹。{keep}</translation>
    </message>
    <message>
        <source>{folder} is read-only, so {file} cannot be written. Move the project to a folder you can write to (or make this one writable).{keep}</source>
        <translation>{folder} 是只读的，无法写入 {file}。请把项目移到你可写入的文件夹（或让此文件夹可写）。{keep}</translation>
    </message>
    <message>
        <source>{index} holds {dim}-dim features but {voice} is an RVC {version} voice ({expected}-dim); the voice was imported without it</source>
        <translation>{index} 存放 {dim} 维特征，但 {voice} 是 RVC {version} 音色（{expected} 维）；音色已在没有它的情况下导入</translation>
    </message>
    <message>
        <source>{index} is RVC&apos;s intermediate index without vectors; the voice was imported without it</source>
        <translation>{index} 是 RVC 不含向量的中间索引；音色已在没有它的情况下导入</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}：{problem}</translation>
    </message>
    <message>
        <source>{manifest_path} has a damaged entry ({exc})</source>
        <translation>{manifest_path} 中有损坏的条目（{exc}）</translation>
    </message>
    <message>
        <source>{manifest_path} is damaged and cannot be read ({exc})</source>
        <translation>{manifest_path} 已损坏，无法读取（{exc}）</translation>
    </message>
    <message>
        <source>{manifest_path} is not an svcdesk project file</source>
        <translation>{manifest_path} 不是 svcdesk 项目文件</translation>
    </message>
    <message>
        <source>{minutes:.1f} minutes of audio is enough variety without augmentation</source>
        <translation>{minutes:.1f} 分钟音频已足够多样，无需数据增强</translation>
    </message>
    <message>
        <source>{name} cannot be edited: {problem}</source>
        <translation>无法编辑 {name}：{problem}</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>无法读取 {name}（{reason}）</translation>
    </message>
    <message>
        <source>{name} cannot be used: {problem}</source>
        <translation>{name} 无法使用：{problem}</translation>
    </message>
    <message>
        <source>{name} fits several RVC models; say its sample rate and pitch setting to import it</source>
        <translation>{name} 与多种 RVC 模型相符；请说明其采样率和音高设置后再导入</translation>
    </message>
    <message>
        <source>{name} holds no state dict</source>
        <translation>{name} 中没有 state dict</translation>
    </message>
    <message>
        <source>{name} holds no {files}</source>
        <translation>{name} 中没有 {files}</translation>
    </message>
    <message>
        <source>{name} is a PyTorch Lightning checkpoint (Diff-SVC or a similar tool), not an RVC voice; svcdesk reads RVC v1/v2 voices</source>
        <translation>{name} 是 PyTorch Lightning 检查点（Diff-SVC 或类似工具），不是 RVC 音色；svcdesk 读取 RVC v1/v2 音色</translation>
    </message>
    <message>
        <source>{name} is a discriminator checkpoint, which conversion does not use; left out</source>
        <translation>{name} 是判别器检查点，转换用不到；已略过</translation>
    </message>
    <message>
        <source>{name} is a fairseq model (such as the HuBERT/ContentVec encoder), not a voice; svcdesk reads RVC v1/v2 voices (an encoder file goes in Tools &gt; Weight files)</source>
        <translation>{name} 是 fairseq 模型（例如 HuBERT/ContentVec 编码器），不是音色；svcdesk 读取 RVC v1/v2 音色（编码器文件请放入“工具 &gt; 权重文件”）</translation>
    </message>
    <message>
        <source>{name} is a safetensors file, not an RVC voice; svcdesk reads RVC v1/v2 voices (.pth)</source>
        <translation>{name} 是 safetensors 文件，不是 RVC 音色；svcdesk 读取 RVC v1/v2 音色（.pth）</translation>
    </message>
    <message>
        <source>{name} is a {tool} model; svcdesk reads RVC v1/v2 voices</source>
        <translation>{name} 是 {tool} 模型；svcdesk 读取 RVC v1/v2 音色</translation>
    </message>
    <message>
        <source>{name} is already in the library as &apos;{voice}&apos;</source>
        <translation>{name} 已在音色库中，名为“{voice}”</translation>
    </message>
    <message>
        <source>{name} is already in the project as {existing}; skipped</source>
        <translation>{name} 已作为 {existing} 存在于项目中；已跳过</translation>
    </message>
    <message>
        <source>{name} is an ONNX export; svcdesk reads RVC v1/v2 voices (.pth)</source>
        <translation>{name} 是 ONNX 导出文件；svcdesk 读取 RVC v1/v2 音色（.pth）</translation>
    </message>
    <message>
        <source>{name} is digital silence: there is no vocal to separate</source>
        <translation>{name} 是数字静音：没有可分离的人声</translation>
    </message>
    <message>
        <source>{name} is not a faiss index file</source>
        <translation>{name} 不是 faiss 索引文件</translation>
    </message>
    <message>
        <source>{name} is not a faiss index; left out</source>
        <translation>{name} 不是 faiss 索引；已略过</translation>
    </message>
    <message>
        <source>{name} is not a voice model</source>
        <translation>{name} 不是音色模型</translation>
    </message>
    <message>
        <source>{name} is not an RMVPE state dict</source>
        <translation>{name} 不是 RMVPE 的 state dict</translation>
    </message>
    <message>
        <source>{name} is not an RVC voice (it holds a {found}, not a dictionary)</source>
        <translation>{name} 不是 RVC 音色（其中是 {found}，而不是字典）</translation>
    </message>
    <message>
        <source>{name} is not an RVC voice (its entries are {keys})</source>
        <translation>{name} 不是 RVC 音色（其条目为 {keys}）</translation>
    </message>
    <message>
        <source>{name} is not an RVC voice (no speaker embedding emb_g.weight)</source>
        <translation>{name} 不是 RVC 音色（没有说话人嵌入 emb_g.weight）</translation>
    </message>
    <message>
        <source>{name} is not the {label} model: {problems}</source>
        <translation>{name} 不是 {label} 模型：{problems}</translation>
    </message>
    <message>
        <source>{name} is open in another program, which locks it. Close that program (a player, an editor, a sync client) and try again.{keep}</source>
        <translation>{name} 正被其他程序打开并锁定。请关闭那个程序（播放器、编辑器、同步客户端），然后重试。{keep}</translation>
    </message>
    <message>
        <source>{name} left out: the folder already has the voice {voice}</source>
        <translation>已略过 {name}：该文件夹已有音色 {voice}</translation>
    </message>
    <message>
        <source>{name} left out: {newest} is a later checkpoint of the same run</source>
        <translation>已略过 {name}：{newest} 是同一次训练中更新的检查点</translation>
    </message>
    <message>
        <source>{name} matches none of the voices by name; left out</source>
        <translation>{name} 的名称与任何音色都不匹配；已略过</translation>
    </message>
    <message>
        <source>{name} skipped: {reason}</source>
        <translation>已跳过 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} was made by a newer svcdesk (project format {version}); update svcdesk</source>
        <translation>{name} 由更新版本的 svcdesk 创建（项目格式 {version}）；请更新 svcdesk</translation>
    </message>
    <message>
        <source>{name}: 0 samples (the audio data is missing or cut off)</source>
        <translation>{name}：0 个采样点（音频数据缺失或被截断）</translation>
    </message>
    <message>
        <source>{name}: 0 samples (the file holds no audio)</source>
        <translation>{name}：0 个采样点（文件中没有音频）</translation>
    </message>
    <message>
        <source>{name}: `config` is not a list</source>
        <translation>{name}：`config` 不是列表</translation>
    </message>
    <message>
        <source>{name}: `f0` should be 0 or 1, not {f0!r}</source>
        <translation>{name}：`f0` 应为 0 或 1，而不是 {f0!r}</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({strerror})</source>
        <translation>{name}：无法读取（{strerror}）</translation>
    </message>
    <message>
        <source>{name}: cannot write format {suffix} - use .wav or .flac</source>
        <translation>{name}：无法写入 {suffix} 格式，请使用 .wav 或 .flac</translation>
    </message>
    <message>
        <source>{name}: contains NaN or infinite samples (a damaged float file)</source>
        <translation>{name}：含有 NaN 或无穷大的采样（浮点文件已损坏）</translation>
    </message>
    <message>
        <source>{name}: contains {bad} NaN or infinite samples (a damaged float file)</source>
        <translation>{name}：包含 {bad} 个 NaN 或无穷大的采样点（浮点文件已损坏）</translation>
    </message>
    <message>
        <source>{name}: could not be written ({detail}).{keep}</source>
        <translation>{name}：无法写入（{detail}）。{keep}</translation>
    </message>
    <message>
        <source>{name}: could not write audio ({exc})</source>
        <translation>{name}：无法写入音频（{exc}）</translation>
    </message>
    <message>
        <source>{name}: not a readable {what}: {reason}</source>
        <translation>{name}：不是可读取的{what}：{reason}</translation>
    </message>
    <message>
        <source>{zip} holds an entry that points outside its folder ({entry}); nothing was imported</source>
        <translation>{zip} 含有指向其文件夹之外的条目（{entry}）；未导入任何内容</translation>
    </message>
    <message>
        <source>{zip} holds {count:,} entries; a shared voice has a handful, so it was not unpacked</source>
        <translation>{zip} 含有 {count:,} 个条目；分享的音色只有寥寥几个文件，因此未解压</translation>
    </message>
    <message>
        <source>{zip} is a damaged or cut-short zip archive (download or copy it again)</source>
        <translation>{zip} 是损坏或不完整的 zip 压缩包（请重新下载或复制）</translation>
    </message>
    <message>
        <source>{zip} is damaged: {entry} does not unpack (download or copy it again)</source>
        <translation>{zip} 已损坏：{entry} 无法解压（请重新下载或复制）</translation>
    </message>
    <message>
        <source>{zip} is password-protected; unpack it yourself and import the folder</source>
        <translation>{zip} 受密码保护；请自行解压后导入文件夹</translation>
    </message>
    <message>
        <source>{zip} looks like a zip bomb: {entry} would inflate {ratio:,.0f} times (to {size}); nothing was imported</source>
        <translation>{zip} 疑似压缩炸弹：{entry} 会膨胀 {ratio:,.0f} 倍（达 {size}）；未导入任何内容</translation>
    </message>
    <message>
        <source>{zip} uses a compression method svcdesk cannot unpack ({entry}); unpack it yourself and import the folder</source>
        <translation>{zip} 使用了 svcdesk 无法解压的压缩方式（{entry}）；请自行解压后导入文件夹</translation>
    </message>
    <message>
        <source>{zip} would unpack to {size}, more than the {limit} a voice can need; nothing was imported</source>
        <translation>{zip} 解压后将达 {size}，超过一个音色所需的 {limit}；未导入任何内容</translation>
    </message>
    <message>
        <source>{zip}: {entry} is larger than its header says; nothing was imported</source>
        <translation>{zip}：{entry} 比其文件头声明的更大；未导入任何内容</translation>
    </message>
    <message>
        <source>{name}: damaged header (0 channels)</source>
        <translation>{name}：文件头已损坏（0 个声道）</translation>
    </message>
    <message>
        <source>Cannot download {url}: offline mode is on (HF_HUB_OFFLINE). Unset HF_HUB_OFFLINE, or download the file yourself and import it.</source>
        <translation>无法下载 {url}：离线模式已开启（HF_HUB_OFFLINE）。请取消 HF_HUB_OFFLINE，或自行下载文件后导入。</translation>
    </message>
    <message>
        <source>Could not download {url}: {reason}. Check the link and the internet connection and try again (the download resumes).</source>
        <translation>无法下载 {url}：{reason}。请检查链接和网络连接后重试（下载会断点续传）。</translation>
    </message>
    <message>
        <source>No render is usable, so none is recommended ({problems}). Train longer, or check the model and the clip.</source>
        <translation>没有可用的渲染，因此不作推荐（{problems}）。请训练更久，或检查模型和片段。</translation>
    </message>
    <message>
        <source>Not enough scores to recommend a render: pitch and voicing need a sung clip, speaker similarity needs the project&apos;s recordings.</source>
        <translation>评分不足，无法推荐渲染：音高和发声判断需要演唱片段，说话人相似度需要项目的录音。</translation>
    </message>
    <message>
        <source>The run&apos;s voice could not join the voice library: {reason}</source>
        <translation>本次训练的音色未能加入音色库：{reason}</translation>
    </message>
    <message>
        <source>{name}: digital silence from start to end: nothing to learn from</source>
        <translation>{name}：从头到尾都是数字静音：没有可学习的内容</translation>
    </message>
    <message>
        <source>{name}: empty file (0 bytes)</source>
        <translation>{name}：空文件（0 字节）</translation>
    </message>
    <message>
        <source>{name}: file not found</source>
        <translation>{name}：找不到文件</translation>
    </message>
    <message>
        <source>{name}: implausible sample rate {sample_rate} Hz</source>
        <translation>{name}：采样率 {sample_rate} Hz 不合理</translation>
    </message>
    <message>
        <source>{name}: is a folder, not an audio file</source>
        <translation>{name}：是文件夹，不是音频文件</translation>
    </message>
    <message>
        <source>{name}: is not a regular file</source>
        <translation>{name}：不是普通文件</translation>
    </message>
    <message>
        <source>{name}: its model configuration is unusable ({exc})</source>
        <translation>{name}：其模型配置无法使用（{exc}）</translation>
    </message>
    <message>
        <source>{name}: marked {version} but its content weights are {feature_dim}-dim (v1 uses 256, v2 768)</source>
        <translation>{name}：标记为 {version}，但其内容权重为 {feature_dim} 维（v1 为 256，v2 为 768）</translation>
    </message>
    <message>
        <source>{name}: no segment fits {minimum:g}-{maximum:g} s</source>
        <translation>{name}：没有长度在 {minimum:g}–{maximum:g} 秒之间的片段</translation>
    </message>
    <message>
        <source>{name}: no speaker embedding (emb_g.weight): not an RVC generator</source>
        <translation>{name}：没有说话人嵌入（emb_g.weight），不是 RVC 生成器</translation>
    </message>
    <message>
        <source>{name}: not a safe {what} ({reason})</source>
        <translation>{name}：不是安全的{what}（{reason}）</translation>
    </message>
    <message>
        <source>{name}: not a separation model (no weights inside)</source>
        <translation>{name}：不是分离模型（里面没有权重）</translation>
    </message>
    <message>
        <source>{name}: not an RVC model (no `weight`+`config`, no `model` entry)</source>
        <translation>{name}：不是 RVC 模型（没有 `weight`+`config`，也没有 `model` 条目）</translation>
    </message>
    <message>
        <source>{name}: not an RVC model file (top level is {found}, not a dict)</source>
        <translation>{name}：不是 RVC 模型文件（顶层是 {found}，而不是 dict）</translation>
    </message>
    <message>
        <source>{name}: not an RVC training checkpoint (no `model` entry)</source>
        <translation>{name}：不是 RVC 训练检查点（没有 `model` 条目）</translation>
    </message>
    <message>
        <source>{name}: not an svcdesk training checkpoint</source>
        <translation>{name}：不是 svcdesk 训练检查点</translation>
    </message>
    <message>
        <source>{name}: only {seconds:.2f} s long; training uses pieces of at least {minimum:.2f} s, so this file adds nothing</source>
        <translation>{name}：只有 {seconds:.2f} 秒；训练使用至少 {minimum:.2f} 秒的片段，所以这个文件没有用处</translation>
    </message>
    <message>
        <source>{name}: permission denied</source>
        <translation>{name}：没有访问权限</translation>
    </message>
    <message>
        <source>{name}: permission denied. Choose a folder you can write to, or give your account write access to {folder}.{keep}</source>
        <translation>{name}：权限不足。请选择你可写入的文件夹，或给你的账户授予 {folder} 的写入权限。{keep}</translation>
    </message>
    <message>
        <source>{name}: refusing to write 0 samples</source>
        <translation>{name}：拒绝写入 0 个采样点</translation>
    </message>
    <message>
        <source>{name}: refusing to write NaN or infinite samples</source>
        <translation>{name}：拒绝写入 NaN 或无穷大的采样点</translation>
    </message>
    <message>
        <source>{name}: sample values up to {peak:.3g} (a damaged float file)</source>
        <translation>{name}：采样值高达 {peak:.3g}（浮点文件已损坏）</translation>
    </message>
    <message>
        <source>{name}: the config list is not RVC&apos;s 18-element list ({exc})</source>
        <translation>{name}：配置列表不是 RVC 的 18 项列表（{exc}）</translation>
    </message>
    <message>
        <source>{name}: the decoder reported: {text}</source>
        <translation>{name}：解码器报告：{text}</translation>
    </message>
    <message>
        <source>{name}: the disk is full ({free} free on {drive}). Free {amount} on {drive} or move the project to another drive.{keep}</source>
        <translation>{name}：磁盘已满（{drive} 只剩 {free}）。请在 {drive} 上腾出 {amount}，或把项目移到其他磁盘。{keep}</translation>
    </message>
    <message>
        <source>{name}: the drive reported a read/write error ({detail}). Check the drive, and copy the project to another one.{keep}</source>
        <translation>{name}：磁盘报告读写错误（{detail}）。请检查磁盘，并把项目复制到其他磁盘。{keep}</translation>
    </message>
    <message>
        <source>{name}: the path is too long ({length} characters; Windows allows {limit} unless long paths are enabled). Move the project to a shorter folder such as C:\svcdesk-projects.{keep}</source>
        <translation>{name}：路径太长（{length} 个字符；未启用长路径时 Windows 最多允许 {limit} 个）。请把项目移到较短的文件夹，例如 C:\svcdesk-projects。{keep}</translation>
    </message>
    <message>
        <source>{name}: the weights are missing or not a dictionary of tensors</source>
        <translation>{name}：权重缺失，或不是张量字典</translation>
    </message>
    <message>
        <source>{name}: too large to load into memory</source>
        <translation>{name}：文件太大，无法载入内存</translation>
    </message>
    <message>
        <source>{name}: too short ({samples} sample(s), {ms:.1f} ms); needs at least {minimum:.0f} ms</source>
        <translation>{name}：太短（{samples} 个采样点，{ms:.1f} ms）；至少需要 {minimum:.0f} ms</translation>
    </message>
    <message>
        <source>{name}: unknown model version {version!r} (svcdesk reads v1 and v2)</source>
        <translation>{name}：未知的模型版本 {version!r}（svcdesk 支持 v1 和 v2）</translation>
    </message>
    <message>
        <source>{name}: unsupported format {format} - convert to WAV/FLAC</source>
        <translation>{name}：不支持的格式 {format}，请转换为 WAV/FLAC</translation>
    </message>
    <message>
        <source>{name}: vocal separated into {vocal}; {percent:.0f}% of the take&apos;s energy was music and was removed</source>
        <translation>{name}：人声已分离到 {vocal}；该录音 {percent:.0f}% 的能量是音乐，已被去除</translation>
    </message>
    <message>
        <source>{name}: written by a newer svcdesk (checkpoint format {version})</source>
        <translation>{name}：由更新版本的 svcdesk 写入（检查点格式 {version}）</translation>
    </message>
    <message>
        <source>{name}: {channels} channels - export the song as a stereo or 5.1 file</source>
        <translation>{name}：{channels} 个声道——请把歌曲导出为立体声或 5.1 文件</translation>
    </message>
    <message>
        <source>{name}: {channels} channels - export the vocal as a mono or stereo file</source>
        <translation>{name}：{channels} 个声道，请将人声导出为单声道或立体声文件</translation>
    </message>
    <message>
        <source>{name}: {count} weight entries are not tensors (first: {first})</source>
        <translation>{name}：有 {count} 个权重条目不是张量（第一个：{first}）</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>{name}: {seconds:.1f} s in {count} short piece(s) left out (under {minimum:g} s)</source>
        <translation>{name}：{count} 个短片段共 {seconds:.1f} 秒未使用（短于 {minimum:g} 秒）</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what}</source>
        <translation>{path} 是文件夹，不是{what}</translation>
    </message>
    <message>
        <source>{project} · {run} · step {step}</source>
        <translation>{project} · {run} · 第 {step} 步</translation>
    </message>
    <message>
        <source>{root} already holds a project; open it instead</source>
        <translation>{root} 中已有项目；请直接打开它</translation>
    </message>
    <message>
        <source>{root} is a file, not a folder</source>
        <translation>{root} 是文件，不是文件夹</translation>
    </message>
    <message>
        <source>{root} is not an svcdesk project (no {manifest})</source>
        <translation>{root} 不是 svcdesk 项目（没有 {manifest}）</translation>
    </message>
    <message>
        <source>{root} is not empty; choose a new or empty folder for the project</source>
        <translation>{root} 不是空的；请为项目选择一个新的或空的文件夹</translation>
    </message>
    <message>
        <source>{source} does not match the expected network: {problems}</source>
        <translation>{source} 与预期的网络结构不符：{problems}</translation>
    </message>
    <message>
        <source>{start_s:.2f}-{end_s:.2f} s overlaps an existing segment</source>
        <translation>{start_s:.2f}–{end_s:.2f} 秒与已有片段重叠</translation>
    </message>
    <message>
        <source>{target} is inside the current library; choose a folder outside it</source>
        <translation>{target} 位于当前音色库内；请选择库外的文件夹</translation>
    </message>
    <message>
        <source>{time:.2f} s is in a silence between segments; add a segment there instead</source>
        <translation>{time:.2f} 秒位于片段之间的静音中；请改为在那里添加片段</translation>
    </message>
    <message>
        <source>{url}</source>
        <translation>{url}</translation>
    </message>
    <message>
        <source>{what} not found: {path}</source>
        <translation>找不到{what}：{path}</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>添加文件...</translation>
    </message>
    <message>
        <source>Add folder...</source>
        <translation>添加文件夹...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected files from the project (your originals are kept)</source>
        <translation>从项目中移除所选文件（原始文件会保留）</translation>
    </message>
    <message>
        <source>Re-analyse</source>
        <translation>重新分析</translation>
    </message>
    <message>
        <source>Separate vocal</source>
        <translation>分离人声</translation>
    </message>
    <message>
        <source>Take the vocal out of the selected songs: it joins the dataset as a new file, the song itself stays untouched in raw/ and is left out of training.</source>
        <translation>从所选歌曲中提取人声：人声作为新文件加入数据集，歌曲本身原样保留在 raw/ 中，不参与训练。</translation>
    </message>
    <message>
        <source>Separate songs on import</source>
        <translation>导入时分离歌曲</translation>
    </message>
    <message>
        <source>Files that sound like a song with music (bass, never silent) get their vocal separated as they are imported.</source>
        <translation>听起来像带伴奏歌曲的文件（有低音、从不静音）在导入时会分离出人声。</translation>
    </message>
    <message>
        <source>Drop vocal recordings or folders here (WAV, FLAC, OGG, MP3).
Dry solo vocals work best: no music, no reverb.</source>
        <translation>把人声录音或文件夹拖到这里（WAV、FLAC、OGG、MP3）。
干声独唱效果最好：无伴奏、无混响。</translation>
    </message>
    <message>
        <source>Right-click to choose the columns.</source>
        <translation>右键点击可选择显示的列。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>No project open - use File &gt; New project or File &gt; Open project</source>
        <translation>未打开项目 - 请使用“文件 &gt; 新建项目”或“文件 &gt; 打开项目”</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message>
        <source>%d files</source>
        <translation>%d 个文件</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 个片段</translation>
    </message>
    <message>
        <source>%d segments</source>
        <translation>%d 个片段</translation>
    </message>
    <message>
        <source>%s (%s)  ·  %d included (%s)  ·  %s (%s)</source>
        <translation>%s（%s）  ·  已纳入 %d 个（%s）  ·  %s（%s）</translation>
    </message>
    <message>
        <source>Open or create a project before importing audio.</source>
        <translation>导入音频前请先打开或新建项目。</translation>
    </message>
    <message>
        <source>An import is already running; wait or cancel it first.</source>
        <translation>已有导入在进行；请等待或先取消。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Separating the vocal</source>
        <translation>正在分离人声</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>正在分析</translation>
    </message>
    <message>
        <source>Import cancelled; files already copied stay in the project.</source>
        <translation>导入已取消；已复制的文件保留在项目中。</translation>
    </message>
    <message>
        <source>Add vocal recordings</source>
        <translation>添加人声录音</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.mp3 *.aif *.aiff *.opus);;All files (*)</source>
        <translation>音频 (*.wav *.flac *.ogg *.mp3 *.aif *.aiff *.opus);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add a folder of recordings</source>
        <translation>添加录音文件夹</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Remove %d file(s) and their segments from the project? Your original files are not touched.</source>
        <translation>从项目中移除 %d 个文件及其片段？原始文件不会被改动。</translation>
    </message>
</context>
<context>
    <name>DatasetTableModel</name>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Include the file in training</source>
        <translation>将该文件用于训练</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>Ch</source>
        <translation>声道</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>声道数</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Peak level (dBFS)</source>
        <translation>峰值电平 (dBFS)</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>Integrated loudness (EBU R128)</source>
        <translation>综合响度 (EBU R128)</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>削波</translation>
    </message>
    <message>
        <source>Share of samples at full scale</source>
        <translation>达到满刻度的采样点比例</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Share of 20 ms frames below -40 dBFS</source>
        <translation>低于 -40 dBFS 的 20 ms 帧所占比例</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>底噪</translation>
    </message>
    <message>
        <source>Estimated noise floor (dBFS)</source>
        <translation>估计的底噪电平 (dBFS)</translation>
    </message>
    <message>
        <source>SNR</source>
        <translation>信噪比</translation>
    </message>
    <message>
        <source>Voice level above the noise floor</source>
        <translation>人声电平高出底噪的程度</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>直流</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>直流偏移</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>重复于</translation>
    </message>
    <message>
        <source>Near-duplicate recordings in the dataset</source>
        <translation>数据集中几乎重复的录音</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Exported training segments</source>
        <translation>已导出的训练片段</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why the file has a warning or an error</source>
        <translation>该文件出现警告或错误的原因</translation>
    </message>
    <message>
        <source>ok</source>
        <extracomment>Columns the user cannot hide (the table would not say which file a row is, or whether it trains).</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>诊断信息</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the whole report, to paste into a bug report</source>
        <translation>复制完整报告，粘贴到错误报告中</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>再检查一次(&amp;C)</translation>
    </message>
    <message>
        <source>log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>Checking versions, libraries, the GPU and the weight files...</source>
        <translation>正在检查版本、库、GPU 和权重文件……</translation>
    </message>
    <message>
        <source>The check stopped: %s</source>
        <translation>检查已中止：%s</translation>
    </message>
    <message>
        <source>Paste this report into a bug report (Copy to clipboard).</source>
        <translation>请将此报告粘贴到错误报告中（“复制到剪贴板”）。</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message numerus="yes">
        <source>%n more error(s) since; see the log panel.</source>
        <translation>
            <numerusform>此后又出现 %n 个错误；请查看日志面板。</numerusform>
        </translation>
    </message>
    <message>
        <source>svcdesk - error</source>
        <translation>svcdesk - 错误</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Model files (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>模型文件 (*.pth *.pt *.safetensors);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>Try the demo (nothing to download)</source>
        <translation>试用演示（无需下载）</translation>
    </message>
    <message>
        <source>Convert songs with a voice model I have</source>
        <translation>用我已有的音色模型转换歌曲</translation>
    </message>
    <message>
        <source>Train my own voice (40 kHz, recommended)</source>
        <translation>训练我自己的音色（40 kHz，推荐）</translation>
    </message>
    <message>
        <source>Train my own voice at 32 kHz</source>
        <translation>以 32 kHz 训练我自己的音色</translation>
    </message>
    <message>
        <source>Train my own voice at 48 kHz</source>
        <translation>以 48 kHz 训练我自己的音色</translation>
    </message>
    <message>
        <source>Make covers of whole songs (vocal separation)</source>
        <translation>为整首歌曲制作翻唱（人声分离）</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>svcdesk user guide</source>
        <translation>svcdesk 用户指南</translation>
    </message>
    <message>
        <source>The user guide (resources/guide/index.md) is not installed.</source>
        <translation>未安装用户指南（resources/guide/index.md）。</translation>
    </message>
</context>
<context>
    <name>JobErrors</name>
    <message>
        <source>Out of memory - close other programs or work with shorter files.</source>
        <translation>内存不足：请关闭其他程序，或处理更短的文件。</translation>
    </message>
    <message>
        <source>Unexpected error ({0}: {1}). Details are in the log file.</source>
        <translation>意外错误（{0}：{1}）。详细信息见日志文件。</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Voice library</source>
        <translation>音色库</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show the library folder in the file manager.</source>
        <translation>在文件管理器中显示音色库文件夹。</translation>
    </message>
    <message>
        <source>Search by name, tag, source…</source>
        <translation>按名称、标签、来源搜索…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>A .pth voice (with its .index), a zip as voices are shared, or a training checkpoint G_*.pth.</source>
        <translation>.pth 音色（及其 .index）、分享音色常用的 zip，或训练检查点 G_*.pth。</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Paste a link to a .zip or .pth…</source>
        <translation>粘贴 .zip 或 .pth 的链接…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Drop voices here: .pth files, their .index, folders or zips as people share them. Your own runs&apos; voices join by themselves.</source>
        <translation>把音色拖到这里：.pth 文件及其 .index、文件夹，或大家分享的 zip。你自己训练出的音色会自动加入。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Rename the voice, or change its tags and notes.</source>
        <translation>重命名音色，或修改其标签和备注。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Blend two voices of the same sample rate, version and pitch setting.</source>
        <translation>混合两个采样率、版本和音高设置都相同的音色。</translation>
    </message>
    <message>
        <source>Export zip…</source>
        <translation>导出 zip…</translation>
    </message>
    <message>
        <source>A zip with the .pth and .index at the top, as RVC WebUI and Applio import it.</source>
        <translation>顶层包含 .pth 和 .index 的 zip，RVC WebUI 和 Applio 可直接导入。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The library folder; move it in Tools &gt; Settings.</source>
        <translation>音色库文件夹；可在“工具 &gt; 设置”中移动。</translation>
    </message>
    <message>
        <source>Not usable: %s</source>
        <translation>不可用：%s</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%n voices selected.</source>
        <translation>
            <numerusform>已选择 %n 个音色。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a voice to see its details.</source>
        <translation>选择一个音色以查看详情。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>with pitch</source>
        <translation>带音高</translation>
    </message>
    <message>
        <source>no pitch</source>
        <translation>无音高</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>音高</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Import voices</source>
        <translation>导入音色</translation>
    </message>
    <message>
        <source>Voices (*.pth *.pt *.zip *.index);;All files (*)</source>
        <translation>音色 (*.pth *.pt *.zip *.index);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import the voices of a folder</source>
        <translation>导入文件夹中的音色</translation>
    </message>
    <message>
        <source>Paste a link that starts with http:// or https://.</source>
        <translation>请粘贴以 http:// 或 https:// 开头的链接。</translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it.</source>
        <translation>正在导入；请等待完成或取消。</translation>
    </message>
    <message>
        <source>Importing %s…</source>
        <translation>正在导入 %s…</translation>
    </message>
    <message>
        <source>Imported %s.</source>
        <translation>已导入 %s。</translation>
    </message>
    <message>
        <source>Already in the library: %s.</source>
        <translation>已在音色库中：%s。</translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation>未导入：%s</translation>
    </message>
    <message>
        <source>Which model is it?</source>
        <translation>这是哪种模型？</translation>
    </message>
    <message>
        <source>%s fits several RVC models. Its sample rate:</source>
        <translation>%s 与多种 RVC 模型相符。它的采样率：</translation>
    </message>
    <message>
        <source>Was it trained with pitch guidance (most singing voices are)?</source>
        <translation>它是用音高引导训练的吗（大多数歌声模型都是）？</translation>
    </message>
    <message>
        <source>Not changed: %s</source>
        <translation>未更改：%s</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>已保存 %s。</translation>
    </message>
    <message>
        <source>Delete voices</source>
        <translation>删除音色</translation>
    </message>
    <message>
        <source>Delete %s? The voice folders go to the system trash, where there is one.</source>
        <translation>删除 %s？音色文件夹会移到系统回收站（如有）。</translation>
    </message>
    <message>
        <source>There is no system trash here. Delete %s permanently?</source>
        <translation>这里没有系统回收站。要永久删除 %s 吗？</translation>
    </message>
    <message>
        <source>Not deleted: %s</source>
        <translation>未删除：%s</translation>
    </message>
    <message>
        <source>Deleted %s.</source>
        <translation>已删除 %s。</translation>
    </message>
    <message>
        <source>Merged into the new voice %s.</source>
        <translation>已合并为新音色 %s。</translation>
    </message>
    <message>
        <source>Export the voice</source>
        <translation>导出音色</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>Exporting %s…</source>
        <translation>正在导出 %s…</translation>
    </message>
    <message>
        <source>Wrote %s (%s).</source>
        <translation>已写入 %s（%s）。</translation>
    </message>
    <message>
        <source>Not exported: %s</source>
        <translation>未导出：%s</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消；未添加任何内容。</translation>
    </message>
    <message>
        <source>The library needs two voices.</source>
        <translation>音色库需要两个音色。</translation>
    </message>
</context>
<context>
    <name>LibraryVoiceCombo</name>
    <message>
        <source>Search the voice library…</source>
        <translation>搜索音色库…</translation>
    </message>
    <message>
        <source>A voice from the voice library; type to search by name or tag.</source>
        <translation>音色库中的音色；输入名称或标签即可搜索。</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <source>Averages neighbouring points so the trend is easier to see. Only the display changes.</source>
        <translation>对相邻数据点取平均，让趋势更易看清。只影响显示。</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Show the vertical axis in powers of ten, for values that span decades.</source>
        <translation>纵轴按 10 的幂显示，适合跨越多个数量级的数值。</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Show or hide this curve.</source>
        <translation>显示或隐藏此曲线。</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Weight files...</source>
        <translation>权重文件...</translation>
    </message>
    <message>
        <source>Welcome...</source>
        <translation>欢迎...</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>设置...</translation>
    </message>
    <message>
        <source>Diagnostics...</source>
        <translation>诊断信息…</translation>
    </message>
    <message>
        <source>%s (coming)</source>
        <translation>%s（即将推出）</translation>
    </message>
    <message>
        <source>This page arrives in a later version of svcdesk.</source>
        <translation>此页面将在 svcdesk 的后续版本中提供。</translation>
    </message>
    <message>
        <source>Loading %s...</source>
        <translation>正在加载%s...</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New project...</source>
        <translation>新建项目(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open project...</source>
        <translation>打开项目(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Log panel</source>
        <translation>日志面板(&amp;L)</translation>
    </message>
    <message>
        <source>Audio &amp;output device</source>
        <translation>音频输出设备(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About svcdesk</source>
        <translation>关于 svcdesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>This page failed to load: %s
See the log panel for details.</source>
        <translation>此页面加载失败：%s
详情请查看日志面板。</translation>
    </message>
    <message>
        <source>This window failed to open: %s</source>
        <translation>此窗口打开失败：%s</translation>
    </message>
    <message>
        <source>Open project folder</source>
        <translation>打开项目文件夹</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Project: %s</source>
        <translation>项目：%s</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>(no output devices found)</source>
        <translation>（未找到输出设备）</translation>
    </message>
    <message>
        <source>Audio output: %s</source>
        <translation>音频输出：%s</translation>
    </message>
    <message>
        <source>system default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>About svcdesk</source>
        <translation>关于 svcdesk</translation>
    </message>
    <message>
        <source>svcdesk - a desktop studio for singing-voice conversion, compatible with RVC v2 model files.

The demo project&apos;s voice is synthetic.</source>
        <translation>svcdesk - 歌声转换桌面工作室，兼容 RVC v2 模型文件。

演示项目中的歌声是合成的。</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Slicer</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>音色库</translation>
    </message>
</context>
<context>
    <name>MergeVoicesDialog</name>
    <message>
        <source>Merge voices</source>
        <translation>合并音色</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>试听</translation>
    </message>
    <message>
        <source>Hear a short fixed clip sung by the merge at this share.</source>
        <translation>用此占比的合并音色试听一段固定的短片段。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Voice A:</source>
        <translation>音色 A：</translation>
    </message>
    <message>
        <source>Voice B:</source>
        <translation>音色 B：</translation>
    </message>
    <message>
        <source>A&apos;s share:</source>
        <translation>A 的占比：</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>The library needs two voices to merge.</source>
        <translation>音色库需要两个音色才能合并。</translation>
    </message>
    <message>
        <source>Choose two different voices.</source>
        <translation>请选择两个不同的音色。</translation>
    </message>
    <message>
        <source>These two cannot be merged: A is %s and B is %s; both must have the same sample rate, version and pitch setting.</source>
        <translation>这两个无法合并：A 是 %s，B 是 %s；两者的采样率、版本和音高设置必须相同。</translation>
    </message>
    <message>
        <source>%1% %2 + %3% %4</source>
        <translation>%1% %2 + %3% %4</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>正在渲染试听…</translation>
    </message>
    <message>
        <source> (from the cache)</source>
        <translation>（来自缓存）</translation>
    </message>
    <message>
        <source>Preview at %1% A%2.</source>
        <translation>试听：A 占 %1%%2。</translation>
    </message>
    <message>
        <source>Merged: %s joined the library.</source>
        <translation>已合并：%s 已加入音色库。</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>My voice</source>
        <translation>我的声音</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>The model&apos;s sample rate. 40 kHz is the usual choice; use 48 kHz only when all your recordings are 48 kHz or higher.</source>
        <translation>模型的采样率。通常选 40 kHz；只有当你的所有录音都在 48 kHz 或以上时才用 48 kHz。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>%s already exists and is not empty</source>
        <translation>%s 已存在且不为空</translation>
    </message>
    <message>
        <source>Creates %s</source>
        <translation>将创建 %s</translation>
    </message>
    <message>
        <source>Where to create the project</source>
        <translation>项目的创建位置</translation>
    </message>
</context>
<context>
    <name>PitchMethodCombo</name>
    <message>
        <source>Default: {0}</source>
        <translation>默认：{0}</translation>
    </message>
</context>
<context>
    <name>PlayableFileList</name>
    <message>
        <source>Click an entry to listen to it.</source>
        <translation>点击条目即可试听。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language (%s)</source>
        <translation>系统语言（%s）</translation>
    </message>
    <message>
        <source>A new language applies when svcdesk restarts.</source>
        <translation>新的语言将在 svcdesk 重新启动后生效。</translation>
    </message>
    <message>
        <source>Where the voice library keeps its voices (one folder each).</source>
        <translation>音色库存放音色的位置（每个音色一个文件夹）。</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Voice library:</source>
        <translation>音色库：</translation>
    </message>
    <message>
        <source>Folder of the voice library</source>
        <translation>音色库文件夹</translation>
    </message>
    <message>
        <source>Move the voice library</source>
        <translation>移动音色库</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n voice(s) of the library to %1?</source>
        <translation>
            <numerusform>把音色库中的 %n 个音色移到 %1？</numerusform>
        </translation>
    </message>
    <message>
        <source>The voice library could not be moved: %s</source>
        <translation>无法移动音色库：%s</translation>
    </message>
    <message>
        <source>The voice library is in %s.</source>
        <translation>音色库位于 %s。</translation>
    </message>
    <message>
        <source>Moving the voice library to %s…</source>
        <translation>正在把音色库移到 %s…</translation>
    </message>
    <message>
        <source>Restart svcdesk</source>
        <translation>重新启动 svcdesk</translation>
    </message>
    <message>
        <source>Restart svcdesk now to use the new language? Running jobs are stopped; otherwise the language changes the next time svcdesk starts.</source>
        <translation>现在重新启动 svcdesk 以使用新的语言吗？正在运行的任务会被停止；否则语言将在下次启动 svcdesk 时更改。</translation>
    </message>
</context>
<context>
    <name>SlicerControls</name>
    <message>
        <source>Threshold</source>
        <translation>静音阈值</translation>
    </message>
    <message>
        <source>Frames quieter than this count as silence. Raise it (e.g. -35) for noisy recordings.</source>
        <translation>比此值更安静的帧视为静音。录音噪声较大时请调高（例如 -35）。</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>最短长度</translation>
    </message>
    <message>
        <source>Shorter pieces join a neighbour or are left out.</source>
        <translation>更短的部分会并入相邻片段或被舍弃。</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>最长长度</translation>
    </message>
    <message>
        <source>Longer stretches are split at their quietest points.</source>
        <translation>更长的段落会在最安静处切开。</translation>
    </message>
    <message>
        <source>Target length</source>
        <translation>目标长度</translation>
    </message>
    <message>
        <source>Preferred length when a long stretch is split.</source>
        <translation>切分长段落时优先采用的长度。</translation>
    </message>
    <message>
        <source>Min silence</source>
        <translation>最短静音</translation>
    </message>
    <message>
        <source>A pause shorter than this is never a cut.</source>
        <translation>短于此值的停顿不会被切开。</translation>
    </message>
    <message>
        <source>Silence kept</source>
        <translation>保留静音</translation>
    </message>
    <message>
        <source>Silence left at each end of a segment.</source>
        <translation>片段两端保留的静音长度。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不处理</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Loudness (LUFS)</source>
        <translation>响度 (LUFS)</translation>
    </message>
    <message>
        <source>Slicing</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Voice conversion models train best on 5-15 s segments.</source>
        <translation>声音转换模型用 5-15 秒的片段训练效果最好。</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>High-pass at 48 Hz</source>
        <translation>48 Hz 高通滤波</translation>
    </message>
    <message>
        <source>Removes rumble and DC offset, as RVC does before training.</source>
        <translation>去除低频隆隆声和直流偏移，与 RVC 训练前的处理相同。</translation>
    </message>
    <message>
        <source>Normalise</source>
        <translation>音量标准化</translation>
    </message>
    <message>
        <source>Voice conversion 5-15 s</source>
        <translation>声音转换 5-15 秒</translation>
    </message>
    <message>
        <source>Long context ~30 s</source>
        <translation>长上下文 约 30 秒</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>SlicerPage</name>
    <message>
        <source>Slicer</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Slice this file</source>
        <translation>切分此文件</translation>
    </message>
    <message>
        <source>Slice all</source>
        <translation>全部切分</translation>
    </message>
    <message>
        <source>Export the segments of every included file to the project</source>
        <translation>把所有已包含文件的片段导出到项目</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>threshold {value:.0f} dB</source>
        <translation>阈值 {value:.0f} dB</translation>
    </message>
    <message>
        <source>Drag to change the silence threshold</source>
        <translation>拖动以更改静音阈值</translation>
    </message>
    <message>
        <source>segment length</source>
        <translation>片段长度</translation>
    </message>
    <message>
        <source>Segment lengths</source>
        <translation>片段长度分布</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play the selected segment, or the view from the cursor (Space)</source>
        <translation>播放所选片段，或从光标处播放当前视图（空格键）</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Leave the selected segment out of training (or take it back)</source>
        <translation>不让所选片段参与训练（或重新纳入）</translation>
    </message>
    <message>
        <source>Split at cursor</source>
        <translation>在光标处分割</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>与下一段合并</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>添加片段</translation>
    </message>
    <message>
        <source>Add a segment over the part of the file in view</source>
        <translation>在当前视图中的文件部分上添加片段</translation>
    </message>
    <message>
        <source>Reset edits</source>
        <translation>重置编辑</translation>
    </message>
    <message>
        <source>Forget hand edits; the cuts follow the parameters again</source>
        <translation>丢弃手动编辑；切点重新跟随参数</translation>
    </message>
    <message>
        <source> (excluded)</source>
        <translation>（已排除）</translation>
    </message>
    <message>
        <source>No audio in this project yet: import vocals on the Dataset page.</source>
        <translation>此项目还没有音频：请在“数据集”页面导入人声。</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>正在加载...</translation>
    </message>
    <message>
        <source>Loading: %s...</source>
        <translation>正在加载：%s...</translation>
    </message>
    <message>
        <source>%d segments, %s kept</source>
        <translation>%d 个片段，保留 %s</translation>
    </message>
    <message>
        <source>, %s left out (too short)</source>
        <translation>，舍弃 %s（太短）</translation>
    </message>
    <message>
        <source>, %d excluded</source>
        <translation>，排除 %d 个</translation>
    </message>
    <message>
        <source>&lt;i&gt;Edited by hand: the parameters no longer move these cuts.&lt;/i&gt;</source>
        <translation>&lt;i&gt;已手动编辑：参数不再影响这些切点。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Slicing...</source>
        <translation>正在切分...</translation>
    </message>
    <message>
        <source>Slicing cancelled; files already sliced keep their new segments.</source>
        <translation>切分已取消；已切分的文件保留新的片段。</translation>
    </message>
    <message>
        <source>Sliced %d file(s) into %d segments</source>
        <translation>已将 %d 个文件切分为 %d 个片段</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包含</translation>
    </message>
</context>
<context>
    <name>SongOptions</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Vocal only</source>
        <translation>仅人声</translation>
    </message>
    <message>
        <source>Song (mix)</source>
        <translation>整首歌曲（混音）</translation>
    </message>
    <message>
        <source>Vocal only: the file is a dry vocal. Song (mix): a finished song; the vocal is separated from the music, converted, and put back over the music as a cover.</source>
        <translation>仅人声：文件是干声。整首歌曲（混音）：一首完成的歌曲；人声会先从音乐中分离出来、转换，再放回音乐之上，成为一首翻唱。</translation>
    </message>
    <message>
        <source>Mel-Band RoFormer (faster)</source>
        <translation>Mel-Band RoFormer（较快）</translation>
    </message>
    <message>
        <source>BS-RoFormer (larger, slower)</source>
        <translation>BS-RoFormer（更大、更慢）</translation>
    </message>
    <message>
        <source>The network that takes the vocal out of the song. Its weights are downloaded once (Tools &gt; Weight files); a song is separated once and reused for every voice.</source>
        <translation>把人声从歌曲中取出的网络。它的权重只需下载一次（工具 &gt; 权重文件）；一首歌只分离一次，所有声音模型共用。</translation>
    </message>
    <message>
        <source>Lead vocal only</source>
        <translation>仅主唱</translation>
    </message>
    <message>
        <source>Backing vocals stay in the music, so only the lead singer is converted.</source>
        <translation>和声留在音乐里，只转换主唱。</translation>
    </message>
    <message>
        <source>Remove reverb</source>
        <translation>去除混响</translation>
    </message>
    <message>
        <source>Takes the room and echo off the vocal before it is converted.</source>
        <translation>在转换之前去掉人声上的房间声和回声。</translation>
    </message>
    <message>
        <source>Transpose the music too</source>
        <translation>伴奏也移调</translation>
    </message>
    <message>
        <source>Moves the accompaniment by the same semitones as the voice, so the cover stays in tune in the new key. Only when the transpose is not a whole octave (an octave keeps the key). Off by default: shifted music sounds slightly processed.</source>
        <translation>把伴奏移动与人声相同的半音数，让翻唱在新调上依然和谐。仅在移调不是整八度时生效（整八度不改变调性）。默认关闭：移调后的音乐听起来略有处理痕迹。</translation>
    </message>
    <message>
        <source>The converted vocal&apos;s level against the music, in dB.</source>
        <translation>转换后人声相对音乐的音量，单位 dB。</translation>
    </message>
    <message>
        <source>The music&apos;s level, in dB.</source>
        <translation>音乐的音量，单位 dB。</translation>
    </message>
    <message>
        <source>Source is</source>
        <translation>来源是</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>分离器</translation>
    </message>
    <message>
        <source>Vocal level</source>
        <translation>人声音量</translation>
    </message>
    <message>
        <source>Music level</source>
        <translation>音乐音量</translation>
    </message>
    <message>
        <source>3  Separated</source>
        <translation>3  分离人声</translation>
    </message>
    <message>
        <source>4  Cover</source>
        <translation>4  翻唱</translation>
    </message>
    <message>
        <source>Hear this one from the same position (key {0}).</source>
        <translation>从同一位置试听这一条（按键 {0}）。</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>use</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Untick to keep your own value for this setting.</source>
        <translation>取消勾选以保留你自己为此设置设定的值。</translation>
    </message>
    <message>
        <source> (you changed this)</source>
        <translation>（你已修改）</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Demonstration project: trained with a stand-in content encoder and a tiny model, to show how training looks. The results are not a usable voice.</source>
        <translation>演示项目：使用替代内容编码器和微型模型训练，用来展示训练过程。训练结果不是可用的音色。</translation>
    </message>
    <message>
        <source>The folder under runs/ that holds this run&apos;s checkpoints, curves and previews.</source>
        <translation>runs/ 下保存此次训练的检查点、曲线和预览的文件夹。</translation>
    </message>
    <message>
        <source>Continue this run from its last checkpoint</source>
        <translation>从最后一个检查点继续此次训练</translation>
    </message>
    <message>
        <source>Picks up exactly where the run stopped: nothing is repeated or skipped.</source>
        <translation>从训练停止的地方精确继续：不会重复也不会跳过。</translation>
    </message>
    <message>
        <source>Suggest settings again</source>
        <translation>重新建议设置</translation>
    </message>
    <message>
        <source>Ask the advisor again after the dataset changed.</source>
        <translation>数据集变化后再次询问设置建议。</translation>
    </message>
    <message>
        <source>Suggested settings</source>
        <translation>建议的设置</translation>
    </message>
    <message>
        <source>Advanced: every training setting</source>
        <translation>高级：全部训练设置</translation>
    </message>
    <message>
        <source>&lt;b&gt;Feature extraction&lt;/b&gt;</source>
        <translation>&lt;b&gt;特征提取&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use the demonstration content encoder</source>
        <translation>使用演示内容编码器</translation>
    </message>
    <message>
        <source>Trains without the ContentVec weights, using a stand-in encoder. Only for trying the app: the voice it learns is not usable.</source>
        <translation>不使用 ContentVec 权重，改用替代编码器训练。仅用于试用本软件：学到的音色不可用。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stops after the current step and saves a checkpoint.</source>
        <translation>在当前步结束后停止并保存检查点。</translation>
    </message>
    <message>
        <source>Compare checkpoints</source>
        <translation>对比检查点</translation>
    </message>
    <message>
        <source>Listen to this run&apos;s checkpoints side by side.</source>
        <translation>并排试听此次训练的各个检查点。</translation>
    </message>
    <message>
        <source>An earlier run of this project.</source>
        <translation>此项目之前的一次训练。</translation>
    </message>
    <message>
        <source>Overlay curves</source>
        <translation>叠加曲线</translation>
    </message>
    <message>
        <source>Draw that run&apos;s curves, dimmed, under the current ones.</source>
        <translation>在当前曲线下方以淡色绘制该次训练的曲线。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>Change it under Advanced: every training setting.</source>
        <translation>可在“高级：所有训练设置”中更改。</translation>
    </message>
    <message>
        <source>Free space on the drive that holds the project, and how many checkpoints of this run fit on it.</source>
        <translation>项目所在磁盘的剩余空间，以及还能存下本次训练的多少个检查点。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;之前的训练&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;警告&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Previews&lt;/b&gt; (click to listen)</source>
        <translation>&lt;b&gt;预览&lt;/b&gt;（点击试听）</translation>
    </message>
    <message>
        <source>Train: {0}</source>
        <translation>训练：{0}</translation>
    </message>
    <message>
        <source>Train: open a project first</source>
        <translation>训练：请先打开项目</translation>
    </message>
    <message>
        <source>Pitch method {0}</source>
        <translation>音高方法 {0}</translation>
    </message>
    <message>
        <source>Looking at your dataset and this computer…</source>
        <translation>正在分析你的数据集和这台电脑…</translation>
    </message>
    <message>
        <source>No suggestions: {0}</source>
        <translation>没有建议：{0}</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>请先打开或新建项目。</translation>
    </message>
    <message>
        <source>The run &apos;{0}&apos; exists already. Continue it from its last checkpoint?</source>
        <translation>训练记录“{0}”已存在。要从其最后一个检查点继续吗？</translation>
    </message>
    <message>
        <source>Pausing after this step…</source>
        <translation>将在这一步结束后暂停…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <source>Paused. Resume to continue, or Stop to save and end.</source>
        <translation>已暂停。点击“继续”恢复训练，或点击“停止”保存并结束。</translation>
    </message>
    <message>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>将在这一步结束后停止并保存检查点…</translation>
    </message>
    <message>
        <source>Free space on {0}: {1}</source>
        <translation>{0} 剩余空间：{1}</translation>
    </message>
    <message>
        <source> (about {0} checkpoints of {1})</source>
        <translation>（约可存 {0} 个检查点，每个 {1}）</translation>
    </message>
    <message>
        <source> - fewer than {0} checkpoints fit: free some space before the run needs it</source>
        <translation> - 可存的检查点少于 {0} 个：请在训练需要之前腾出空间</translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation>第 {0} 步：{1}</translation>
    </message>
    <message>
        <source>Training stopped: {0}</source>
        <translation>训练已停止：{0}</translation>
    </message>
    <message>
        <source>Training finished at step {0}.</source>
        <translation>训练在第 {0} 步完成。</translation>
    </message>
    <message>
        <source>Stopped early at step {0}: the validation loss stopped improving.</source>
        <translation>在第 {0} 步提前停止：验证损失不再改善。</translation>
    </message>
    <message>
        <source>Stopped at step {0}: the loss kept becoming NaN.</source>
        <translation>在第 {0} 步停止：损失反复变成 NaN。</translation>
    </message>
    <message>
        <source>Ended at step {0}.</source>
        <translation>在第 {0} 步结束。</translation>
    </message>
    <message>
        <source>Stopped. The last checkpoint is saved; tick &apos;Continue&apos; to go on.</source>
        <translation>已停止。最后一个检查点已保存；勾选“继续”即可接着训练。</translation>
    </message>
</context>
<context>
    <name>TrainingDashboard</name>
    <message>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>Validation mel loss</source>
        <translation>验证集 Mel 损失</translation>
    </message>
    <message>
        <source>Epoch –</source>
        <translation>轮次 –</translation>
    </message>
    <message>
        <source>Step –</source>
        <translation>步数 –</translation>
    </message>
    <message>
        <source>– samples/s</source>
        <translation>– 样本/秒</translation>
    </message>
    <message>
        <source>ETA –</source>
        <translation>剩余时间 –</translation>
    </message>
    <message>
        <source>Memory –</source>
        <translation>内存 –</translation>
    </message>
    <message>
        <source>best val {0:.4f}</source>
        <translation>最佳验证 {0:.4f}</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>第 %v / %m 步</translation>
    </message>
    <message>
        <source>Training on {0} ({1}), batch {2}, {3} training and {4} validation clips</source>
        <translation>在 {0}（{1}）上训练，批大小 {2}，{3} 个训练片段和 {4} 个验证片段</translation>
    </message>
    <message>
        <source>no validation: too few clips to hold any out</source>
        <translation>没有验证：片段太少，无法留出验证集</translation>
    </message>
    <message>
        <source>first validation at step {0:,}</source>
        <translation>首次验证在第 {0:,} 步</translation>
    </message>
    <message>
        <source>Saved checkpoint at step {0}</source>
        <translation>已在第 {0} 步保存检查点</translation>
    </message>
    <message>
        <source>Epoch {0}</source>
        <translation>第 {0} 轮</translation>
    </message>
    <message>
        <source>Step {0:,} / {1:,}</source>
        <translation>第 {0:,} / {1:,} 步</translation>
    </message>
    <message>
        <source>Step {0:,}</source>
        <translation>第 {0:,} 步</translation>
    </message>
    <message>
        <source>{0:.1f} samples/s</source>
        <translation>{0:.1f} 样本/秒</translation>
    </message>
    <message>
        <source>ETA {0}</source>
        <translation>剩余时间 {0}</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <source>Stop and go back to the start</source>
        <translation>停止并回到开头</translation>
    </message>
    <message>
        <source>Loop selection</source>
        <translation>循环播放选区</translation>
    </message>
    <message>
        <source>Drag across the waveform to select a passage; it then repeats.</source>
        <translation>在波形上拖动以选择一段，之后会循环播放。</translation>
    </message>
    <message>
        <source>Where the sound goes</source>
        <translation>声音从哪里输出</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>VoiceDetailsDialog</name>
    <message>
        <source>Edit %s</source>
        <translation>编辑 %s</translation>
    </message>
    <message>
        <source>comma-separated, e.g. female, soft, 48k</source>
        <translation>用逗号分隔，例如 female, soft, 48k</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>WaveformF0View</name>
    <message>
        <source>Source</source>
        <translation>源音频</translation>
    </message>
    <message>
        <source>Pitch (Hz)</source>
        <translation>音高 (Hz)</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>转换结果</translation>
    </message>
    <message>
        <source>pitch: solid = source</source>
        <translation>音高：实线 = 源音频</translation>
    </message>
    <message>
        <source>, dashed = after transpose</source>
        <translation>，虚线 = 移调后</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to svcdesk</source>
        <translation>欢迎使用 svcdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to svcdesk&lt;/h2&gt;&lt;p&gt;Record yourself singing, train a voice model, and sing any song in that voice. Where would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 svcdesk&lt;/h2&gt;&lt;p&gt;录下你自己的歌声，训练一个音色模型，然后用这个音色演唱任何歌曲。你想从哪里开始？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>打开演示项目</translation>
    </message>
    <message>
        <source>A synthetic singer, ready to train and convert on the CPU in a few minutes. Nothing to download; its results are a demonstration only.</source>
        <translation>一位合成歌手，可在几分钟内用 CPU 完成训练和转换。无需下载；其结果仅供演示。</translation>
    </message>
    <message>
        <source>Create a project from my vocals</source>
        <translation>用我的人声新建项目</translation>
    </message>
    <message>
        <source>Import your recordings (10 minutes at least, 20-60 minutes is good), slice them, train.</source>
        <translation>导入你的录音（至少 10 分钟，20-60 分钟较好），切片，然后训练。</translation>
    </message>
    <message>
        <source>Open a project...</source>
        <translation>打开项目...</translation>
    </message>
    <message>
        <source>Continue with a project folder you already have.</source>
        <translation>继续使用你已有的项目文件夹。</translation>
    </message>
    <message>
        <source>Weight files for your goal</source>
        <translation>实现你的目标所需的权重文件</translation>
    </message>
    <message>
        <source>Get the weight files...</source>
        <translation>获取权重文件...</translation>
    </message>
    <message>
        <source>I want to:</source>
        <translation>我想要：</translation>
    </message>
    <message>
        <source>You can open this window again from Help &gt; Welcome.</source>
        <translation>你可以通过“帮助 &gt; 欢迎”再次打开此窗口。</translation>
    </message>
    <message>
        <source>No weight files needed.</source>
        <translation>无需权重文件。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>%d files, %s in all; %s to download.</source>
        <translation>%d 个文件，共 %s；需下载 %s。</translation>
    </message>
    <message>
        <source>All %d files are ready (%s).</source>
        <translation>全部 %d 个文件都已就绪（%s）。</translation>
    </message>
</context>
</TS>
