<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AppContext</name>
    <message>
        <source>Building the demo project (synthetic singer)...</source>
        <translation>正在建立示範專案（合成歌手）...</translation>
    </message>
    <message>
        <source>Building the demo project</source>
        <translation>正在建立示範專案</translation>
    </message>
    <message>
        <source>Demo project ready - its voice is synthetic, made for trying the app</source>
        <translation>示範專案已就緒 - 其中的歌聲為合成，僅供試用本軟體</translation>
    </message>
    <message>
        <source>The demo project could not be built: %s</source>
        <translation>無法建立示範專案：%s</translation>
    </message>
</context>
<context>
    <name>AssetsDialog</name>
    <message>
        <source>Weight files</source>
        <translation>權重檔</translation>
    </message>
    <message>
        <source>ContentVec, RMVPE and the pretrained bases are downloaded once from the Hugging Face hub (lj1995/VoiceConversionWebUI) and checked against their published SHA-256. A cancelled download resumes where it stopped.
Folder: %s</source>
        <translation>ContentVec、RMVPE 與預訓練底模只需從 Hugging Face Hub（lj1995/VoiceConversionWebUI）下載一次，並依公布的 SHA-256 驗證。取消的下載會從中斷處繼續。
資料夾：%s</translation>
    </message>
    <message>
        <source>Weight file</source>
        <translation>權重檔</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Download all missing</source>
        <translation>下載所有缺少的檔案</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import from file...</source>
        <translation>從檔案匯入...</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>Imported (unknown checksum, accepted by you)</source>
        <translation>已匯入（總和檢查碼未知，已由你確認接受）</translation>
    </message>
    <message>
        <source>Present, not checked yet</source>
        <translation>已存在，尚未驗證</translation>
    </message>
    <message>
        <source>Wrong file (checksum differs)</source>
        <translation>檔案錯誤（總和檢查碼不符）</translation>
    </message>
    <message>
        <source>Partly downloaded (%s): resumes</source>
        <translation>已下載部分（%s）：將繼續下載</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>%s: %s in all, %s still to download.</source>
        <translation>%s：共 %s，尚需下載 %s。</translation>
    </message>
    <message>
        <source>Contacting the hub...</source>
        <translation>正在連線至 Hub...</translation>
    </message>
    <message>
        <source>Checking the files...</source>
        <translation>正在檢查檔案...</translation>
    </message>
    <message>
        <source>Select the weight file to import first.</source>
        <translation>請先選取要匯入的權重檔。</translation>
    </message>
    <message>
        <source>Checking and copying %s...</source>
        <translation>正在驗證並複製 %s...</translation>
    </message>
    <message>
        <source>Import %s</source>
        <translation>匯入 %s</translation>
    </message>
    <message>
        <source>Weight files (*.pt *.pth);;All files (*)</source>
        <translation>權重檔 (*.pt *.pth);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Unknown file</source>
        <translation>未知的檔案</translation>
    </message>
    <message>
        <source>Import this file anyway?</source>
        <translation>仍要匯入此檔案嗎？</translation>
    </message>
    <message>
        <source>Cancelling... (the partial download is kept and resumes)</source>
        <translation>正在取消...（已下載的部分會保留，之後繼續）</translation>
    </message>
    <message>
        <source>Downloading, %d%%</source>
        <translation>正在下載，%d%%</translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation>下載已停止。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>未匯入。</translation>
    </message>
    <message>
        <source>ContentVec content encoder (what is sung, without who sings it)</source>
        <translation>ContentVec 內容編碼器（擷取唱了什麼，而不是誰在唱）</translation>
    </message>
    <message>
        <source>RMVPE pitch extractor (the default pitch method; FCPE and CREPE work without it)</source>
        <translation>RMVPE 音高擷取器（預設的音高擷取方法；FCPE 與 CREPE 不需要此檔案）</translation>
    </message>
    <message>
        <source>Pretrained generator to fine-tune from (32kHz, with pitch)</source>
        <translation>用於微調的預訓練生成器（32kHz，含音高）</translation>
    </message>
    <message>
        <source>Pretrained discriminator to fine-tune from (32kHz)</source>
        <translation>用於微調的預訓練鑑別器（32kHz）</translation>
    </message>
    <message>
        <source>Pretrained generator to fine-tune from (40kHz, with pitch)</source>
        <translation>用於微調的預訓練生成器（40kHz，含音高）</translation>
    </message>
    <message>
        <source>Pretrained discriminator to fine-tune from (40kHz)</source>
        <translation>用於微調的預訓練鑑別器（40kHz）</translation>
    </message>
    <message>
        <source>Pretrained generator to fine-tune from (48kHz, with pitch)</source>
        <translation>用於微調的預訓練生成器（48kHz，含音高）</translation>
    </message>
    <message>
        <source>Pretrained discriminator to fine-tune from (48kHz)</source>
        <translation>用於微調的預訓練鑑別器（48kHz）</translation>
    </message>
    <message>
        <source>Vocal separator for whole songs (Mel-Band RoFormer by Kimberley Jensen)</source>
        <translation>整首歌曲的人聲分離器（Mel-Band RoFormer，Kimberley Jensen）</translation>
    </message>
    <message>
        <source>Vocal separator, larger and slower (BS-RoFormer 1297 by viperx)</source>
        <translation>人聲分離器，更大更慢（BS-RoFormer 1297，viperx）</translation>
    </message>
    <message>
        <source>Lead vocal apart from the backing vocals (Mel-Band RoFormer karaoke, aufr33 &amp; viperx)</source>
        <translation>將主唱與和聲分開（Mel-Band RoFormer 卡拉 OK 模型，aufr33 與 viperx）</translation>
    </message>
    <message>
        <source>Reverb and echo taken off the vocal (Mel-Band RoFormer de-reverb by anvuew)</source>
        <translation>去除人聲的殘響和回聲（Mel-Band RoFormer 去殘響模型，anvuew）</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Sound cannot play: the PortAudio library is missing. Install it (on Debian or Ubuntu: sudo apt-get install libportaudio2) and restart svcdesk.</source>
        <translation>無法播放聲音：缺少 PortAudio 函式庫。請安裝它（Debian 或 Ubuntu：sudo apt-get install libportaudio2），然後重新啟動 svcdesk。</translation>
    </message>
    <message>
        <source>No sound output device was found. Connect headphones or speakers (or start the system&apos;s sound service), then choose it under Tools &gt; Audio output device.</source>
        <translation>找不到聲音輸出裝置。請連接耳機或喇叭（或啟動系統的聲音服務），然後在「工具 &gt; 音訊輸出裝置」中選擇它。</translation>
    </message>
    <message>
        <source>The chosen sound output ({0}) is not available. Choose another under Tools &gt; Audio output device.</source>
        <translation>所選的聲音輸出（{0}）無法使用。請在「工具 &gt; 音訊輸出裝置」中選擇其他裝置。</translation>
    </message>
    <message>
        <source>The sound output cannot play {0} Hz audio. Choose another device under Tools &gt; Audio output device.</source>
        <translation>該聲音輸出無法播放 {0} Hz 的音訊。請在「工具 &gt; 音訊輸出裝置」中選擇其他裝置。</translation>
    </message>
    <message>
        <source>Sound could not be played. Choose another output device under Tools &gt; Audio output device; the log has the details.</source>
        <translation>無法播放聲音。請在「工具 &gt; 音訊輸出裝置」中選擇其他裝置；詳細資訊見記錄檔。</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Checkpoint</source>
        <translation>檢查點</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>Pitch error</source>
        <translation>音高誤差</translation>
    </message>
    <message>
        <source>Voicing</source>
        <translation>發聲一致</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Val. mel</source>
        <translation>驗證 Mel</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>你的評分</translation>
    </message>
    <message>
        <source>Training step of the checkpoint</source>
        <translation>該檢查點的訓練步數</translation>
    </message>
    <message>
        <source>Your own rating, 1 (worst) to 5 (best)</source>
        <translation>你的評分：1（最差）到 5（最好）</translation>
    </message>
    <message>
        <source>Compare checkpoints</source>
        <translation>比較檢查點</translation>
    </message>
    <message>
        <source>A training run whose saved checkpoints to compare.</source>
        <translation>要比較其已儲存檢查點的訓練紀錄。</translation>
    </message>
    <message>
        <source>Use its checkpoints</source>
        <translation>使用其檢查點</translation>
    </message>
    <message>
        <source>Add model files…</source>
        <translation>加入模型檔…</translation>
    </message>
    <message>
        <source>Any RVC .pth voice or svcdesk checkpoint.</source>
        <translation>任何 RVC .pth 音色模型或 svcdesk 檢查點。</translation>
    </message>
    <message>
        <source>Ticked models are rendered.</source>
        <translation>勾選的模型會被產生。</translation>
    </message>
    <message>
        <source>The clip every model sings. A few seconds with some range work best.</source>
        <translation>每個模型都要演唱的試聽音訊。幾秒鐘、有些音域變化的效果最好。</translation>
    </message>
    <message>
        <source>Other clip…</source>
        <translation>其他音訊…</translation>
    </message>
    <message>
        <source> st</source>
        <translation> 半音</translation>
    </message>
    <message>
        <source>Moves the melody up or down in semitones for every render.</source>
        <translation>以半音為單位升高或降低每次產生的旋律。</translation>
    </message>
    <message>
        <source>How the clip&apos;s melody is traced (once, shared by every render).</source>
        <translation>擷取試聽音訊旋律的方法（只擷取一次，所有產生共用）。</translation>
    </message>
    <message>
        <source>Optional retrieval index used for every render.</source>
        <translation>每次產生使用的檢索索引（選用）。</translation>
    </message>
    <message>
        <source>Demonstration encoder</source>
        <translation>示範編碼器</translation>
    </message>
    <message>
        <source>Renders without ContentVec; only meaningful for the demo.</source>
        <translation>不使用 ContentVec 產生；僅對示範專案有意義。</translation>
    </message>
    <message>
        <source>Song (mix)</source>
        <translation>整首歌曲（混音）</translation>
    </message>
    <message>
        <source>The clip is a whole song: its vocal is separated first (once; the Convert page reuses it) and every checkpoint renders that vocal.</source>
        <translation>片段是一首完整歌曲：先分離出其人聲（只分離一次，轉換頁會重複使用），每個檢查點都算繪這段人聲。</translation>
    </message>
    <message>
        <source>Render and compare</source>
        <translation>產生並比較</translation>
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
        <translation>頻譜圖</translation>
    </message>
    <message>
        <source>Blind test</source>
        <translation>盲測</translation>
    </message>
    <message>
        <source>Hides which checkpoint is which and shuffles them; rate each, then reveal.</source>
        <translation>隱藏各檢查點的身分並打亂順序；逐一評分後再揭曉。</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭曉</translation>
    </message>
    <message>
        <source>Keys 1–9 switch the render you hear; Space plays and pauses.</source>
        <translation>按 1–9 鍵切換正在試聽的產生結果；空白鍵播放/暫停。</translation>
    </message>
    <message>
        <source>Export chosen as RVC voice (.pth + .index)</source>
        <translation>將所選匯出為 RVC 音色模型（.pth + .index）</translation>
    </message>
    <message>
        <source>Writes the selected checkpoint to the project&apos;s exports folder.</source>
        <translation>將所選檢查點寫入專案的匯出資料夾。</translation>
    </message>
    <message>
        <source>Add to library</source>
        <translation>加入音色庫</translation>
    </message>
    <message>
        <source>Keeps the selected checkpoint in the voice library, with its project, run and step.</source>
        <translation>把所選檢查點連同其專案、訓練和步數保存到音色庫。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>訓練紀錄</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>試聽音訊</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>移調</translation>
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
        <translation>無索引</translation>
    </message>
    <message numerus="yes">
        <source>%n new checkpoint(s) from the run; render and compare again to hear them.</source>
        <translation>
            <numerusform>訓練紀錄新增了 %n 個檢查點；再次產生並比較即可試聽。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose voice models</source>
        <translation>選擇音色模型</translation>
    </message>
    <message>
        <source>Voice models (*.pth *.pt);;All files (*)</source>
        <translation>音色模型 (*.pth *.pt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Choose the clip</source>
        <translation>選擇試聽音訊</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在讀取 {0}…</translation>
    </message>
    <message>
        <source>{0}  ·  {1:.1f} s</source>
        <translation>{0}  ·  {1:.1f} 秒</translation>
    </message>
    <message>
        <source>Source clip</source>
        <translation>來源音訊</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Analysing the clip…</source>
        <translation>正在分析試聽音訊…</translation>
    </message>
    <message>
        <source>Comparison stopped: {0}</source>
        <translation>比較已停止：{0}</translation>
    </message>
    <message>
        <source>not rendered (cancelled)</source>
        <translation>未算繪（已取消）</translation>
    </message>
    <message>
        <source>not rendered</source>
        <translation>未算繪</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Exported {0} and its index {1} ({2}) to the project&apos;s exports folder.</source>
        <translation>已將 {0} 及其索引 {1}（{2}）匯出到專案的匯出資料夾。</translation>
    </message>
    <message>
        <source>Exported {0} to the project&apos;s exports folder, without a retrieval index: {1}.</source>
        <translation>已將 {0} 匯出到專案的匯出資料夾，未附檢索索引：{1}。</translation>
    </message>
    <message>
        <source>It was in the voice library already, as {0}.</source>
        <translation>它已在音色庫中，名為 {0}。</translation>
    </message>
    <message>
        <source>It joined the voice library as {0}.</source>
        <translation>它已作為 {0} 加入音色庫。</translation>
    </message>
    <message>
        <source>library · {0}</source>
        <translation>音色庫 · {0}</translation>
    </message>
    <message>
        <source>Name of the voice:</source>
        <translation>音色名稱：</translation>
    </message>
    <message>
        <source>Adding {0} to the voice library…</source>
        <translation>正在把 {0} 加入音色庫…</translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation>未新增：{0}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>A render that is silent, has no voiced output where the clip sings, is clipped or has a DC offset is marked not usable and never ranked</source>
        <translation>靜音、在片段演唱處沒有濁音輸出、削波或有直流偏移的算繪會被標為不可用，且不參與排名</translation>
    </message>
    <message>
        <source>The render&apos;s melody, traced again with FCPE, against the melody asked for (the clip&apos;s, transposed): the root-mean-square difference in cents over the moments both are voiced (100 cents = a semitone). Lower is better</source>
        <translation>用 FCPE 重新擷取的算繪旋律與期望旋律（片段旋律加移調）相比：兩者都發聲時刻的均方根差，單位為音分（100 音分 = 一個半音）。越低越好</translation>
    </message>
    <message>
        <source>The share of 10 ms frames where the render and the requested melody agree on sung or not sung. Higher is better</source>
        <translation>算繪與期望旋律在「唱/不唱」上一致的 10 毫秒影格所佔比例。越高越好</translation>
    </message>
    <message>
        <source>Cosine between the render&apos;s speaker embedding (the GE2E encoder) and the mean embedding of the project&apos;s recordings, from -1 to 1. Higher is better</source>
        <translation>算繪的說話人嵌入（GE2E 編碼器）與專案錄音平均嵌入之間的餘弦值，範圍 -1 到 1。越高越好</translation>
    </message>
    <message>
        <source>The run&apos;s validation mel loss (mean L1 between log-mel spectrograms of held-out clips and their renders) at that step. Lower is better</source>
        <translation>該步時執行的驗證 mel 損失（保留片段與其算繪的對數 mel 頻譜之間的平均 L1）。越低越好</translation>
    </message>
    <message>
        <source>rendering…</source>
        <translation>產生中…</translation>
    </message>
    <message>
        <source>from the cache</source>
        <translation>來自快取</translation>
    </message>
    <message>
        <source>rendered in {0:.1f} s</source>
        <translation>產生耗時 {0:.1f} 秒</translation>
    </message>
    <message>
        <source>failed: {0}</source>
        <translation>失敗：{0}</translation>
    </message>
    <message>
        <source>All renders ready.</source>
        <translation>全部產生完畢。</translation>
    </message>
    <message>
        <source>Render {0}</source>
        <translation>結果 {0}</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>產生結果</translation>
    </message>
    <message>
        <source>{0} (not usable: {1})</source>
        <translation>{0}（不可用：{1}）</translation>
    </message>
    <message>
        <source>Not usable: {0}. It is not ranked.</source>
        <translation>不可用：{0}。不參與排名。</translation>
    </message>
    <message>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Your own rating, 1 (worst) to 5 (best).</source>
        <translation>你的評分：1（最差）到 5（最好）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended: {0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;建議：{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <source>Blind test: listen, rate each render, then press Reveal.</source>
        <translation>盲測：試聽並為每個結果評分，然後按「揭曉」。</translation>
    </message>
    <message>
        <source>Export voice</source>
        <translation>匯出音色模型</translation>
    </message>
    <message>
        <source>Name of the voice file:</source>
        <translation>音色檔名稱：</translation>
    </message>
    <message>
        <source>This run has no retrieval index. Build one now from the project&apos;s training features? With it the voice keeps more of the training recordings&apos; timbre (Convert&apos;s index rate).</source>
        <translation>此執行沒有檢索索引。現在用專案的訓練特徵建立一個嗎？有了它，音色會保留更多訓練錄音的音色特點（轉換頁的索引比例）。</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>正在匯出 {0}…</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>匯出失敗：{0}</translation>
    </message>
</context>
<context>
    <name>ConfigFields</name>
    <message>
        <source>0 = at each save</source>
        <translation>0 = 每次儲存時</translation>
    </message>
    <message>
        <source>0 = use save_every_epochs</source>
        <translation>0 = 使用 save_every_epochs</translation>
    </message>
    <message>
        <source>Adam betas</source>
        <translation>Adam β 參數</translation>
    </message>
    <message>
        <source>Adam eps</source>
        <translation>Adam ε</translation>
    </message>
    <message>
        <source>Base discriminator</source>
        <translation>底模鑑別器</translation>
    </message>
    <message>
        <source>Base generator</source>
        <translation>底模生成器</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>ContentVec weights; &quot;&quot; = the asset registry&apos;s</source>
        <translation>ContentVec 權重；&quot;&quot; = 使用權重檔登錄中的檔案</translation>
    </message>
    <message>
        <source>Cycle steps</source>
        <translation>週期步數</translation>
    </message>
    <message>
        <source>Demo encoder</source>
        <translation>示範編碼器</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Early stop patience</source>
        <translation>提前停止耐心值</translation>
    </message>
    <message>
        <source>Encoder path</source>
        <translation>編碼器路徑</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>訓練輪數</translation>
    </message>
    <message>
        <source>Eval every steps</source>
        <translation>驗證間隔步數</translation>
    </message>
    <message>
        <source>Export rvc</source>
        <translation>匯出 RVC 模型</translation>
    </message>
    <message>
        <source>F0 max</source>
        <translation>F0 上限</translation>
    </message>
    <message>
        <source>F0 median radius</source>
        <translation>F0 中值濾波半徑</translation>
    </message>
    <message>
        <source>F0 method</source>
        <translation>F0 擷取方法</translation>
    </message>
    <message>
        <source>F0 min</source>
        <translation>F0 下限</translation>
    </message>
    <message>
        <source>F0 voicing threshold</source>
        <translation>F0 有聲臨界值</translation>
    </message>
    <message>
        <source>Grad clip</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <source>Init checkpoint</source>
        <translation>初始檢查點</translation>
    </message>
    <message>
        <source>Keep last</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Log every steps</source>
        <translation>記錄間隔步數</translation>
    </message>
    <message>
        <source>Lr gamma</source>
        <translation>學習率衰減係數</translation>
    </message>
    <message>
        <source>Max clip seconds</source>
        <translation>片段最長秒數</translation>
    </message>
    <message>
        <source>Max nan rollbacks</source>
        <translation>NaN 最多回復次數</translation>
    </message>
    <message>
        <source>Min clip seconds</source>
        <translation>片段最短秒數</translation>
    </message>
    <message>
        <source>Min lr ratio</source>
        <translation>最低學習率比例</translation>
    </message>
    <message>
        <source>Min seconds</source>
        <translation>最短秒數</translation>
    </message>
    <message>
        <source>Min val segments</source>
        <translation>最少驗證片段數</translation>
    </message>
    <message>
        <source>Min voiced ratio</source>
        <translation>最低有聲比例</translation>
    </message>
    <message>
        <source>ModelConfig.tiny(): tests and the demo</source>
        <translation>ModelConfig.tiny()：用於測試與示範</translation>
    </message>
    <message>
        <source>Mute clips</source>
        <translation>靜音片段數</translation>
    </message>
    <message>
        <source>None = the method&apos;s default (pm 0.6, crepe 0.1, ...)</source>
        <translation>None = 該方法的預設值（pm 0.6，crepe 0.1，...）</translation>
    </message>
    <message>
        <source>Pitch shift prob</source>
        <translation>變調增強機率</translation>
    </message>
    <message>
        <source>Pitch shift semitones</source>
        <translation>變調增強半音數</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>運算精度</translation>
    </message>
    <message>
        <source>Ram cache mb</source>
        <translation>記憶體快取 (MB)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>訓練紀錄名稱</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>取樣率</translation>
    </message>
    <message>
        <source>Save every epochs</source>
        <translation>儲存間隔輪數</translation>
    </message>
    <message>
        <source>Save every steps</source>
        <translation>儲存間隔步數</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>Segment frames</source>
        <translation>訓練視窗影格數</translation>
    </message>
    <message>
        <source>Silence dbfs</source>
        <translation>靜音臨界值 (dBFS)</translation>
    </message>
    <message>
        <source>Speaker id</source>
        <translation>說話者編號</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>總步數</translation>
    </message>
    <message>
        <source>Time stretch max</source>
        <translation>時間伸縮上限</translation>
    </message>
    <message>
        <source>Time stretch prob</source>
        <translation>時間伸縮機率</translation>
    </message>
    <message>
        <source>Tiny model</source>
        <translation>微型模型</translation>
    </message>
    <message>
        <source>Val fraction</source>
        <translation>驗證集比例</translation>
    </message>
    <message>
        <source>Warmup steps</source>
        <translation>暖身步數</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>權重衰減</translation>
    </message>
    <message>
        <source>a seeded random encoder: runs without weights, results not meaningful</source>
        <translation>固定種子的隨機編碼器：不需權重即可執行，結果沒有實際意義</translation>
    </message>
    <message>
        <source>auto (bf16/fp16 on CUDA, fp32 on CPU) | fp32 | fp16 | bf16</source>
        <translation>auto（CUDA 上用 bf16/fp16，CPU 上用 fp32）| fp32 | fp16 | bf16</translation>
    </message>
    <message>
        <source>auto | cpu | cuda | cuda:N</source>
        <translation>auto（自動）| cpu | cuda | cuda:N</translation>
    </message>
    <message>
        <source>cosine schedules: floor as a fraction of learning_rate</source>
        <translation>餘弦排程：下限為 learning_rate 的比例</translation>
    </message>
    <message>
        <source>cosine_restarts: first cycle length</source>
        <translation>cosine_restarts：第一個週期的長度</translation>
    </message>
    <message>
        <source>digital-silence clips added as in the reference</source>
        <translation>與參考實作相同加入的數位靜音片段</translation>
    </message>
    <message>
        <source>evaluations without validation improvement; 0 = never stop early</source>
        <translation>驗證損失連續多少次評估沒有改善就停止；0 = 永不提前停止</translation>
    </message>
    <message>
        <source>exponential | warmup_cosine | cosine_restarts | constant</source>
        <translation>exponential（指數）| warmup_cosine | cosine_restarts | constant（固定）</translation>
    </message>
    <message>
        <source>exponential: per epoch</source>
        <translation>exponential：每輪衰減</translation>
    </message>
    <message>
        <source>fine-tune from an earlier svcdesk checkpoint (weights only)</source>
        <translation>從先前的 svcdesk 檢查點微調（僅權重）</translation>
    </message>
    <message>
        <source>keep the dataset in RAM when it fits</source>
        <translation>記憶體足夠時將資料集保留在記憶體中</translation>
    </message>
    <message>
        <source>losses are synchronised (.item()) only at these steps</source>
        <translation>只在這些步同步損失值（.item()）</translation>
    </message>
    <message>
        <source>max gradient norm; 0 = off as in RVC (the norm is always logged)</source>
        <translation>梯度範數上限；0 = 關閉，與 RVC 相同（範數一律會記錄）</translation>
    </message>
    <message>
        <source>median filter window 2r+1 on f0; None = the method&apos;s default</source>
        <translation>F0 中值濾波視窗 2r+1；None = 該方法的預設值</translation>
    </message>
    <message>
        <source>pretrained bases (RVC G/D .pth), loaded strictly</source>
        <translation>預訓練底模（RVC G/D .pth），嚴格載入</translation>
    </message>
    <message>
        <source>rates drawn in [1 - max, 1 + max]</source>
        <translation>伸縮率在 [1 - 上限, 1 + 上限] 內隨機取值</translation>
    </message>
    <message>
        <source>see svcdesk.features.pitch.PITCH_METHODS</source>
        <translation>見 svcdesk.features.pitch.PITCH_METHODS</translation>
    </message>
    <message>
        <source>segments whose peak is below this are skipped as silence</source>
        <translation>峰值低於此值的片段視為靜音並略過</translation>
    </message>
    <message>
        <source>segments with fewer voiced f0 frames are skipped as unvoiced</source>
        <translation>有聲 F0 影格比例低於此值的片段視為無聲並略過</translation>
    </message>
    <message>
        <source>shifts drawn uniformly in +/- this range</source>
        <translation>變調量在 ± 此範圍內均勻隨機取值</translation>
    </message>
    <message>
        <source>shorter segments are skipped</source>
        <translation>更短的片段會被略過</translation>
    </message>
    <message>
        <source>step checkpoints kept besides `latest` and `best`</source>
        <translation>除 `latest` 與 `best` 外保留的依步數檢查點數</translation>
    </message>
    <message>
        <source>the model&apos;s rate; the linear spectrogram uses its STFT settings</source>
        <translation>模型的取樣率；線性頻譜使用對應的 STFT 設定</translation>
    </message>
    <message>
        <source>the reference drops &gt; 9 s, but our slicer makes 5-15 s segments</source>
        <translation>參考實作會捨棄超過 9 秒的片段，但我們的切片工具產生 5-15 秒的片段</translation>
    </message>
    <message>
        <source>total optimiser steps; 0 = train for `epochs`</source>
        <translation>最佳化器總步數；0 = 依 `epochs` 輪數訓練</translation>
    </message>
    <message>
        <source>training window in frames; 0 = the reference for the sample rate</source>
        <translation>訓練視窗長度（影格）；0 = 依取樣率使用參考值</translation>
    </message>
    <message>
        <source>write an RVC inference .pth on each save</source>
        <translation>每次儲存時寫出可供 RVC 推論的 .pth</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>資料增強</translation>
    </message>
</context>
<context>
    <name>ConvertPage</name>
    <message>
        <source>Convert</source>
        <translation>轉換</translation>
    </message>
    <message>
        <source>Drop a vocal file here, or open one.</source>
        <translation>將人聲檔拖放到這裡，或開啟一個檔案。</translation>
    </message>
    <message>
        <source>Open source…</source>
        <translation>開啟來源音訊…</translation>
    </message>
    <message>
        <source>A vocal, or a whole song with Input set to Song (mix).</source>
        <translation>一段人聲；或把「輸入」設為「整首歌曲（混音）」後開啟整首歌。</translation>
    </message>
    <message>
        <source>1  Source</source>
        <translation>1  來源</translation>
    </message>
    <message>
        <source>2  Converted</source>
        <translation>2  轉換結果</translation>
    </message>
    <message>
        <source>Hear this one from the same position (key {0}).</source>
        <translation>從同一位置試聽這一軌（按鍵 {0}）。</translation>
    </message>
    <message>
        <source>Hear:</source>
        <translation>試聽：</translation>
    </message>
    <message>
        <source>No voice yet: train one, or choose Other .pth…</source>
        <translation>還沒有音色：訓練一個，或選擇「其他 .pth…」</translation>
    </message>
    <message>
        <source>A voice from this project&apos;s runs or exports, or any .pth file.</source>
        <translation>本專案訓練紀錄或匯出中的音色模型，或任何 .pth 檔。</translation>
    </message>
    <message>
        <source>Other .pth…</source>
        <translation>其他 .pth…</translation>
    </message>
    <message>
        <source>The retrieval index trained with the voice. It lends the output more of the voice&apos;s own timbre. Optional.</source>
        <translation>與音色模型一起訓練的檢索索引，讓輸出更接近該音色本身的音質。選用。</translation>
    </message>
    <message>
        <source>Other .index…</source>
        <translation>其他 .index…</translation>
    </message>
    <message>
        <source>Demonstration content encoder</source>
        <translation>示範內容編碼器</translation>
    </message>
    <message>
        <source>Converts without the ContentVec weights, with a stand-in encoder. Only for the demo project: real voices need ContentVec.</source>
        <translation>不使用 ContentVec 權重，改用替代編碼器進行轉換。僅供示範專案使用：真實音色需要 ContentVec。</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>音色庫</translation>
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
        <translation>升高或降低旋律。+12 為升高一個八度（低音聲線唱高音歌曲），-12 為降低一個八度。虛線表示移調後旋律的位置。</translation>
    </message>
    <message>
        <source>How the melody is traced from the source. rmvpe is the most reliable; fcpe is fast and good; crepe is accurate but slow; harvest, dio and pm need no neural network.</source>
        <translation>從來源擷取旋律的方法。rmvpe 最可靠；fcpe 快且效果好；crepe 準確但慢；harvest、dio 與 pm 不需要類神經網路。</translation>
    </message>
    <message>
        <source>How much of the voice&apos;s own timbre to borrow from the index. Higher sounds more like the model but can blur words; 0 turns it off.</source>
        <translation>從索引中借用多少該音色本身的音質。越高越像模型，但可能使咬字模糊；0 表示關閉。</translation>
    </message>
    <message>
        <source>Keeps breaths and consonants (s, t, k) from the source so they stay clear. Lower protects more; 0.5 turns protection off.</source>
        <translation>保留來源中的換氣聲與子音（s、t、k），使其保持清晰。值越低保護越多；0.5 表示關閉保護。</translation>
    </message>
    <message>
        <source>Loudness: 1 keeps the converted voice&apos;s own loudness; lower values follow how loud the source sings at each moment.</source>
        <translation>響度：1 保持轉換後聲音本身的響度；值越低越貼近來源每一刻的響度。</translation>
    </message>
    <message>
        <source>Changes the size of the voice without changing the notes: up sounds smaller and brighter, down larger and darker. 0 leaves it as trained.</source>
        <translation>在不改變音符的情況下改變聲音的「體型」：調高更小更明亮，調低更大更低沉。0 保持訓練時的狀態。</translation>
    </message>
    <message>
        <source>For a model trained on several singers: which of them sings. Most models have only singer 0.</source>
        <translation>用於多位歌手訓練的模型：選擇由哪位歌手演唱。大多數模型只有 0 號歌手。</translation>
    </message>
    <message>
        <source>The voice&apos;s own rate</source>
        <translation>音色自身的取樣率</translation>
    </message>
    <message>
        <source>{0} Hz</source>
        <translation>{0} Hz</translation>
    </message>
    <message>
        <source>The sample rate of the result and its exports. The voice&apos;s own rate (32, 40 or 48 kHz) loses nothing; choose 44,100 Hz for a CD or a project at that rate.</source>
        <translation>結果及其匯出檔案的取樣率。音色自身的取樣率（32、40 或 48 kHz）不損失任何內容；用於 CD 或該取樣率的專案時請選 44,100 Hz。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>移調</translation>
    </message>
    <message>
        <source>Pitch method</source>
        <translation>音高擷取方法</translation>
    </message>
    <message>
        <source>Index rate</source>
        <translation>索引比例</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>子音保護</translation>
    </message>
    <message>
        <source>Loudness mix</source>
        <translation>響度混合</translation>
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
        <translation>輸出取樣率</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export WAV…</source>
        <translation>匯出 WAV…</translation>
    </message>
    <message>
        <source>Export FLAC…</source>
        <translation>匯出 FLAC…</translation>
    </message>
    <message>
        <source>last used · {0}</source>
        <translation>上次使用 · {0}</translation>
    </message>
    <message>
        <source>(no index)</source>
        <translation>無索引</translation>
    </message>
    <message>
        <source>library · %s</source>
        <translation>音色庫 · %s</translation>
    </message>
    <message>
        <source>Choose a voice model</source>
        <translation>選擇音色模型</translation>
    </message>
    <message>
        <source>Voice models (*.pth *.pt);;All files (*)</source>
        <translation>音色模型 (*.pth *.pt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Choose a retrieval index</source>
        <translation>選擇檢索索引</translation>
    </message>
    <message>
        <source>Index files (*.index);;All files (*)</source>
        <translation>索引檔 (*.index);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open a vocal</source>
        <translation>開啟人聲</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在讀取 {0}…</translation>
    </message>
    <message>
        <source>{0}  ·  {1:.1f} s</source>
        <translation>{0}  ·  {1:.1f} 秒</translation>
    </message>
    <message>
        <source>Could not read {0}: {1}. Still using {2}.</source>
        <translation>無法讀取 {0}：{1}。仍在使用 {2}。</translation>
    </message>
    <message>
        <source>Could not read the source: {0}</source>
        <translation>無法讀取來源音訊：{0}</translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation>正在轉換…</translation>
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
        <translation>翻唱已完成：按 4 播放，用「匯出」儲存。</translation>
    </message>
    <message>
        <source> (demonstration encoder: not a real voice)</source>
        <translation>（示範編碼器：並非真實音色）</translation>
    </message>
    <message>
        <source>Converted in {0:.1f} s{1}.</source>
        <translation>轉換完成，耗時 {0:.1f} 秒{1}。</translation>
    </message>
    <message>
        <source>Conversion failed: {0}</source>
        <translation>轉換失敗：{0}</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV 音訊 (*.wav)</translation>
    </message>
    <message>
        <source>FLAC audio (*.flac)</source>
        <translation>FLAC 音訊 (*.flac)</translation>
    </message>
    <message>
        <source>Export the converted vocal</source>
        <translation>匯出轉換後的人聲</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>匯出失敗：{0}</translation>
    </message>
    <message>
        <source>Converting… (Cancel stops it)</source>
        <translation>正在轉換……（「取消」可停止）</translation>
    </message>
    <message>
        <source>Reading the new source…</source>
        <translation>正在讀取新的來源音訊……</translation>
    </message>
    <message>
        <source>Open a vocal first (or drop one on the page).</source>
        <translation>請先開啟人聲（或拖放到頁面上）。</translation>
    </message>
    <message>
        <source>Choose a voice model first (Other .pth… opens one from a file).</source>
        <translation>請先選擇音色模型（「其他 .pth…」可從檔案開啟）。</translation>
    </message>
    <message>
        <source>Convert the source with the chosen voice (Ctrl+Return).</source>
        <translation>用所選音色轉換來源音訊（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Stop the conversion.</source>
        <translation>停止轉換。</translation>
    </message>
    <message>
        <source>Nothing is running.</source>
        <translation>沒有正在執行的工作。</translation>
    </message>
    <message>
        <source>Convert first: there is nothing to export yet.</source>
        <translation>請先轉換：還沒有可匯出的內容。</translation>
    </message>
    <message>
        <source>Hear the converted vocal (key 2).</source>
        <translation>試聽轉換後的人聲（按鍵 2）。</translation>
    </message>
    <message>
        <source>Convert first: there is no result to hear yet.</source>
        <translation>請先轉換：還沒有可聽的結果。</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>(no voiced output)</source>
        <translation>（輸出中沒有有聲段）</translation>
    </message>
    <message>
        <source>1e-4 at batch 4 scaled by the {rule} rule to batch {batch_size}</source>
        <translation>以批次大小 4 時的 1e-4 為基準，依{rule}規則換算到批次大小 {batch_size}</translation>
    </message>
    <message>
        <source>4-bit ADPCM</source>
        <translation>4 位元 ADPCM</translation>
    </message>
    <message>
        <source>4-bit G.721</source>
        <translation>4 位元 G.721</translation>
    </message>
    <message>
        <source>8-bit</source>
        <translation>8 位元</translation>
    </message>
    <message>
        <source>8-bit A-law</source>
        <translation>8 位元 A 律</translation>
    </message>
    <message>
        <source>8-bit mu-law</source>
        <translation>8 位元 μ 律</translation>
    </message>
    <message>
        <source>Add more audio (at least a few dozen segments).</source>
        <translation>請加入更多音訊（至少幾十個片段）。</translation>
    </message>
    <message>
        <source>CPUs gain little from reduced precision in this model</source>
        <translation>對這個模型而言，CPU 降低精度幾乎沒有好處</translation>
    </message>
    <message>
        <source>CUDA was requested but no CUDA GPU is available; use --device cpu</source>
        <translation>要求使用 CUDA，但沒有可用的 CUDA GPU；請使用 `--device cpu`</translation>
    </message>
    <message>
        <source>Cannot download {file_name}: offline mode is on (HF_HUB_OFFLINE). Unset HF_HUB_OFFLINE to download, or import a copy you have: svcdesk assets import {name} FILE.</source>
        <translation>無法下載 {file_name}：離線模式已開啟（HF_HUB_OFFLINE）。請取消設定 HF_HUB_OFFLINE 後下載，或匯入你已有的副本：`svcdesk assets import {name} FILE`。</translation>
    </message>
    <message>
        <source>Cannot import {file_name}: &apos;{source}&apos; is not a file.</source>
        <translation>無法匯入 {file_name}：「{source}」不是檔案。</translation>
    </message>
    <message>
        <source>Close other programs using the GPU, or lower the batch size.</source>
        <translation>請關閉其他使用 GPU 的程式，或調低批次大小。</translation>
    </message>
    <message>
        <source>Connection lost at {size}; resuming (attempt {failures} of {max_retries}).</source>
        <translation>在 {size} 處連線中斷；正在續傳（第 {failures} 次，共 {max_retries} 次）。</translation>
    </message>
    <message>
        <source>ContentVec weights missing: hubert_base.pt is needed to extract content features. Fix: svcdesk assets download contentvec or import the file (svcdesk assets import contentvec FILE); --demo-encoder runs a random encoder for trying the app only.</source>
        <translation>缺少 ContentVec 權重：擷取內容特徵需要 hubert_base.pt。解決方法：執行 `svcdesk assets download contentvec`，或匯入該檔案（`svcdesk assets import contentvec FILE`）；`--demo-encoder` 使用隨機編碼器，僅供試用本程式。</translation>
    </message>
    <message>
        <source>Could not download {file_name} from {host}: {reason}. Check the internet connection and try again (the download resumes), or import a copy you have: svcdesk assets import {name} FILE.</source>
        <translation>無法從 {host} 下載 {file_name}：{reason}。請檢查網路連線後再試一次（下載會接續進行），或匯入你已有的副本：`svcdesk assets import {name} FILE`。</translation>
    </message>
    <message>
        <source>DC offset {offset:+.3f}</source>
        <translation>直流偏移 {offset:+.3f}</translation>
    </message>
    <message>
        <source>Lower the learning rate (try half) or raise the batch size.</source>
        <translation>請調低學習率（可先減半）或調高批次大小。</translation>
    </message>
    <message>
        <source>Not enough disk space for {file_name}: {needed} needed, {free} free in {folder}.</source>
        <translation>磁碟空間不足，無法儲存 {file_name}：需要 {needed}，{folder} 中僅剩 {free}。</translation>
    </message>
    <message>
        <source>Not enough space for the next checkpoint: it needs {needed}, {drive} has {free} free. Free {missing} on {drive} or move the project, then resume. {intact}</source>
        <translation>空間不足，無法儲存下一個檢查點：需要 {needed}，{drive} 只剩 {free}。請在 {drive} 上騰出 {missing} 或移動專案，然後繼續。{intact}</translation>
    </message>
    <message>
        <source>Nothing of this run is saved yet.</source>
        <translation>本次訓練尚未儲存任何內容。</translation>
    </message>
    <message>
        <source>Out of GPU memory: continuing with batch size {new_size}.</source>
        <translation>顯示記憶體不足：改用批次大小 {new_size} 繼續訓練。</translation>
    </message>
    <message>
        <source>RMVPE weights missing: rmvpe.pt is needed for the rmvpe pitch method. Fix: svcdesk assets download rmvpe (or import the file), or choose --f0 fcpe.</source>
        <translation>缺少 RMVPE 權重：RMVPE 音高擷取方法需要 rmvpe.pt。解決方法：執行 `svcdesk assets download rmvpe`（或匯入該檔案），或選擇 `--f0 fcpe`。</translation>
    </message>
    <message>
        <source>RMVPE weights missing: {path} does not exist. Fix: svcdesk assets download rmvpe</source>
        <translation>缺少 RMVPE 權重：{path} 不存在。解決方法：執行 `svcdesk assets download rmvpe`</translation>
    </message>
    <message>
        <source>RVC checkpoint</source>
        <translation>RVC 檢查點</translation>
    </message>
    <message>
        <source>RVC&apos;s gentle per-epoch decay suits fine-tuning from the bases</source>
        <translation>RVC 每輪溫和衰減的方式適合在底模基礎上微調</translation>
    </message>
    <message>
        <source>Resuming {file_name} at {size}.</source>
        <translation>從 {size} 處繼續下載 {file_name}。</translation>
    </message>
    <message>
        <source>Rolled back to {where} with the learning rate halved (x{scale:g}); attempt {attempt} of {limit}.</source>
        <translation>已回復到{where}，學習率減半（×{scale:g}）；第 {attempt} 次，最多 {limit} 次。</translation>
    </message>
    <message>
        <source>Rolling back to the last good checkpoint with half the learning rate. If it repeats, lower the learning rate, use bf16 or fp32 instead of fp16, or check the dataset for broken clips.</source>
        <translation>正在回復到上一個正常的檢查點，並將學習率減半。如果反覆發生，請調低學習率，以 bf16 或 fp32 取代 fp16，或檢查資料集中是否有損壞的片段。</translation>
    </message>
    <message>
        <source>The best checkpoint is kept as &apos;best&apos;. Raise the patience to train longer.</source>
        <translation>最佳檢查點已保存為 best.pt。如需訓練更久，請調高耐心值。</translation>
    </message>
    <message>
        <source>The download of {file_name} ended at {done:,} of {size:,} bytes; the partial file was removed. Try again.</source>
        <translation>{file_name} 的下載在 {done:,} / {size:,} 位元組處中斷；不完整的檔案已刪除。請再試一次。</translation>
    </message>
    <message>
        <source>The downloaded {file_name} does not match its published checksum (sha256 {actual}..., expected {expected}...); the bad file was removed. Try again later, or import a copy you trust: svcdesk assets import {name} FILE.</source>
        <translation>下載的 {file_name} 與公布的檢查碼不符（sha256 為 {actual}...，應為 {expected}...）；損壞的檔案已刪除。請稍後再試，或匯入你信任的副本：`svcdesk assets import {name} FILE`。</translation>
    </message>
    <message>
        <source>The generator&apos;s gradient norm jumped to {grad:.3g}, far above its recent level.</source>
        <translation>生成器的梯度範數躍升到 {grad:.3g}，遠高於近期水準。</translation>
    </message>
    <message>
        <source>The hub serves a different {file_name} ({size:,} bytes, expected {expected:,}) at revision &apos;{revision}&apos;. Nothing was downloaded; import a copy you trust instead.</source>
        <translation>Hugging Face Hub 在版本「{revision}」提供的 {file_name} 與預期不同（{size:,} 位元組，應為 {expected:,}）。未下載任何內容；請改為匯入你信任的副本。</translation>
    </message>
    <message>
        <source>The last checkpoint, step {step}, is intact.</source>
        <translation>最後一個檢查點（第 {step} 步）完好無損。</translation>
    </message>
    <message>
        <source>The loss became NaN or infinite at step {step} ({losses}).</source>
        <translation>第 {step} 步時損失變為 NaN 或無限大（{losses}）。</translation>
    </message>
    <message>
        <source>The loss became NaN/Inf {count} times; training stopped at step {step}. Lower the learning rate, prefer bf16 or fp32 to fp16, and check the dataset for broken clips (silence-only, clipped or very short segments).</source>
        <translation>損失已 {count} 次變為 NaN 或無限大；訓練在第 {step} 步停止。請調低學習率，優先使用 bf16 或 fp32 而非 fp16，並檢查資料集中是否有損壞的片段（純靜音、削波或過短的片段）。</translation>
    </message>
    <message>
        <source>The mel loss has not improved by {improvement:.0%} over the last {window} logged steps.</source>
        <translation>在最近記錄的 {window} 步中，Mel 損失的改善不到 {improvement:.0%}。</translation>
    </message>
    <message>
        <source>The mel loss swings up and down strongly instead of settling.</source>
        <translation>Mel 損失大幅上下震盪，沒有趨於穩定。</translation>
    </message>
    <message>
        <source>The model may be finished: compare the recent checkpoints by ear. Otherwise lower the learning rate or switch to a cosine schedule.</source>
        <translation>模型可能已經訓練好了：請試聽比較最近的檢查點。否則請調低學習率，或改用餘弦排程。</translation>
    </message>
    <message>
        <source>The validation loss has not improved for {count} evaluations; stopping early.</source>
        <translation>驗證損失已連續 {count} 次評估沒有改善；提前停止訓練。</translation>
    </message>
    <message>
        <source>The validation loss is rising while the training loss keeps falling: the model is memorising the training clips (overfitting).</source>
        <translation>驗證損失在上升，而訓練損失仍在下降：模型正在死記訓練片段（過擬合）。</translation>
    </message>
    <message>
        <source>This file does not match the published {file_name} ({size:,} bytes, expected {expected:,}): its sha256 is {sha256}. Import it anyway only if you trust where it came from (confirm, or --yes on the command line).</source>
        <translation>這個檔案與公布的 {file_name} 不符（{size:,} 位元組，應為 {expected:,}）：它的 sha256 為 {sha256}。只有在你信任其來源時才繼續匯入（確認，或在命令列使用 `--yes`）。</translation>
    </message>
    <message>
        <source>This file does not match the published {file_name}: its sha256 is {sha256}. Import it anyway only if you trust where it came from (confirm, or --yes on the command line).</source>
        <translation>這個檔案與公布的 {file_name} 不符：它的 sha256 為 {sha256}。只有在你信任其來源時才繼續匯入（確認，或在命令列使用 `--yes`）。</translation>
    </message>
    <message>
        <source>This file is {file_name} ({name}), not {expected_file} ({expected_name}): import it as &apos;{name}&apos;.</source>
        <translation>這個檔案是 {file_name}（{name}），不是 {expected_file}（{expected_name}）：請將它以「{name}」匯入。</translation>
    </message>
    <message>
        <source>Too few clips to hold any out for validation; no validation loss.</source>
        <translation>片段太少，無法保留驗證集；不會計算驗證損失。</translation>
    </message>
    <message>
        <source>Trained {steps} steps ({epochs} epochs).</source>
        <translation>已訓練 {steps} 步（{epochs} 輪）。</translation>
    </message>
    <message>
        <source>Trained {steps} steps ({epochs} epochs). Best validation mel L1 {best:.4f}.</source>
        <translation>已訓練 {steps} 步（{epochs} 輪）。最佳驗證 Mel L1 為 {best:.4f}。</translation>
    </message>
    <message>
        <source>Turn on gradient clipping (e.g. 1000), or lower the learning rate. Occasional spikes are harmless.</source>
        <translation>請開啟梯度裁剪（例如 1000），或調低學習率。偶爾出現的尖峰無害。</translation>
    </message>
    <message>
        <source>Unknown goal &apos;{goal}&apos;. Known: {known}.</source>
        <translation>未知目標「{goal}」。可選：{known}。</translation>
    </message>
    <message>
        <source>Unknown weight file &apos;{name}&apos;. Known: {known}.</source>
        <translation>未知權重檔「{name}」。已知：{known}。</translation>
    </message>
    <message>
        <source>Use the best checkpoint (kept as &apos;best&apos;), stop here, or add more audio or augmentation.</source>
        <translation>請使用最佳檢查點（best.pt）並在此停止，或加入更多音訊或資料增強。</translation>
    </message>
    <message>
        <source>a cache folder is needed when features are built from a list of files</source>
        <translation>從檔案清單建立特徵時需要指定快取資料夾</translation>
    </message>
    <message>
        <source>a checkpoint with a preview every {every} steps: {count} checkpoints to compare</source>
        <translation>每 {every} 步儲存一個帶試聽的檢查點：共 {count} 個檢查點可供比較</translation>
    </message>
    <message>
        <source>a cut at {time:.2f} s is not inside segment {number}</source>
        <translation>{time:.2f} 秒處的切點不在第 {number} 段內</translation>
    </message>
    <message>
        <source>a higher rate than the reference&apos;s, so the curves move within the short run</source>
        <translation>比參考設定更高的學習率，讓曲線在短時間訓練內就有變化</translation>
    </message>
    <message>
        <source>a new segment needs a start before its end</source>
        <translation>新片段的開始時間必須早於結束時間</translation>
    </message>
    <message>
        <source>a voice called &apos;{name}&apos; is already in the library</source>
        <translation>音色庫中已有名為「{name}」的音色</translation>
    </message>
    <message>
        <source>about 1,000 steps of warmup before the full learning rate</source>
        <translation>先暖身約 1,000 步，再使用完整學習率</translation>
    </message>
    <message>
        <source>about 20 checkpoints over the run to compare (every {save_every} epochs)</source>
        <translation>整個訓練過程約保存 20 個檢查點以供比較（每 {save_every} 輪一次）</translation>
    </message>
    <message>
        <source>about {steps:,} steps ({steps_per_epoch} per epoch over {minutes:.1f} minutes of audio)</source>
        <translation>約 {steps:,} 步（{minutes:.1f} 分鐘音訊，每輪 {steps_per_epoch} 步）</translation>
    </message>
    <message>
        <source>accompaniment</source>
        <translation>伴奏</translation>
    </message>
    <message>
        <source>add more clean, dry vocal recordings (10-30 min of singing trains a good model)</source>
        <translation>請加入更多乾淨的乾聲錄音（10–30 分鐘的演唱可以訓練出好模型）</translation>
    </message>
    <message>
        <source>adding vectors</source>
        <translation>正在加入向量</translation>
    </message>
    <message>
        <source>adding {name} to the voice library</source>
        <translation>正在把 {name} 加入音色庫</translation>
    </message>
    <message>
        <source>alpha must be between 0 and 1 (A&apos;s share), not {alpha}</source>
        <translation>alpha 必須在 0 到 1 之間（A 的占比），而不是 {alpha}</translation>
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
        <translation>{count} 項評分的平均排名最佳（{rank:.2f}）</translation>
    </message>
    <message>
        <source>bf16 is as fast as fp16 and needs no loss scaling</source>
        <translation>bf16 與 fp16 一樣快，且不需要損失縮放</translation>
    </message>
    <message>
        <source>building the retrieval index</source>
        <translation>正在建立檢索索引</translation>
    </message>
    <message>
        <source>building the waveform overview</source>
        <translation>正在產生波形概覽</translation>
    </message>
    <message>
        <source>built now from the project&apos;s training features</source>
        <translation>剛用專案的訓練特徵建立</translation>
    </message>
    <message>
        <source>cannot create the project folder {root}: {strerror}</source>
        <translation>無法建立專案資料夾 {root}：{strerror}</translation>
    </message>
    <message>
        <source>cannot read RMVPE weights {name}: {exc}</source>
        <translation>無法讀取 RMVPE 權重 {name}：{exc}</translation>
    </message>
    <message>
        <source>cannot read index file {name}: {strerror}</source>
        <translation>無法讀取索引檔 {name}：{strerror}</translation>
    </message>
    <message>
        <source>cannot read {name}: {exc}</source>
        <translation>無法讀取 {name}：{exc}</translation>
    </message>
    <message>
        <source>cannot read {name}: {strerror}</source>
        <translation>無法讀取 {name}：{strerror}</translation>
    </message>
    <message>
        <source>cannot replace {filename}: {strerror} (is it open in another program?)</source>
        <translation>無法取代 {filename}：{strerror}（是否在其他程式中開啟？）</translation>
    </message>
    <message>
        <source>cannot resample from {sr_in} Hz to {sr_out} Hz</source>
        <translation>無法從 {sr_in} Hz 重新取樣到 {sr_out} Hz</translation>
    </message>
    <message>
        <source>check that the drive is connected and the file can be opened</source>
        <translation>請檢查磁碟是否已連接、檔案能否開啟</translation>
    </message>
    <message>
        <source>check that the file still exists (moved, renamed or on a drive that is not connected)</source>
        <translation>請檢查檔案是否還在（可能被移動、重新命名，或位於未連接的磁碟上）</translation>
    </message>
    <message>
        <source>check the recording: a muted track, the wrong input, or an export of an empty range</source>
        <translation>請檢查錄音：音軌被靜音、選錯了輸入，或匯出了空白區段</translation>
    </message>
    <message>
        <source>checking the feature cache</source>
        <translation>正在檢查特徵快取</translation>
    </message>
    <message>
        <source>checking the partial download of {name}</source>
        <translation>正在檢查 {name} 的未完成下載</translation>
    </message>
    <message>
        <source>checking {file_name}</source>
        <translation>正在檢查 {file_name}</translation>
    </message>
    <message>
        <source>checking {name}</source>
        <translation>正在檢查 {name}</translation>
    </message>
    <message>
        <source>choose an audio file: this one holds text</source>
        <translation>請選擇音訊檔案：這個檔案裡是文字</translation>
    </message>
    <message>
        <source>choose another name</source>
        <translation>請換一個名稱</translation>
    </message>
    <message>
        <source>choose at least two neighbouring segments to merge</source>
        <translation>請至少選擇兩個相鄰片段來合併</translation>
    </message>
    <message>
        <source>choose the Custom preset with a shorter minimum length to keep them</source>
        <translation>如需保留，請選擇「自訂」預設並縮短最短長度</translation>
    </message>
    <message>
        <source>choose the song file itself; this one holds only zeros</source>
        <translation>請選擇歌曲檔案本身；這個檔案全是零</translation>
    </message>
    <message>
        <source>clip {key} left out: {reason}</source>
        <translation>片段 {key} 未使用：{reason}</translation>
    </message>
    <message>
        <source>clipped: {percent:.1f}% of samples at the peak</source>
        <translation>削波：{percent:.1f}% 的取樣處於峰值</translation>
    </message>
    <message>
        <source>clipping: {percent:.2f}% of samples at full scale</source>
        <translation>削波：{percent:.2f}% 的取樣點達到滿刻度</translation>
    </message>
    <message>
        <source>clustering {count} vectors to {centres} centres</source>
        <translation>正在將 {count} 個向量分群為 {centres} 個中心</translation>
    </message>
    <message>
        <source>contacting the hub for {file_name}</source>
        <translation>正在連線 Hugging Face Hub 取得 {file_name}</translation>
    </message>
    <message>
        <source>contacting {host}</source>
        <translation>正在連線 {host}</translation>
    </message>
    <message>
        <source>content features</source>
        <translation>內容特徵</translation>
    </message>
    <message>
        <source>convert it to WAV/FLAC or remove it</source>
        <translation>請將其轉換為 WAV/FLAC，或將其移除</translation>
    </message>
    <message>
        <source>convert or re-export the file as WAV or FLAC</source>
        <translation>請將檔案轉換或重新匯出為 WAV 或 FLAC</translation>
    </message>
    <message>
        <source>converted vocal</source>
        <translation>轉換後的人聲</translation>
    </message>
    <message>
        <source>converting</source>
        <translation>正在轉換</translation>
    </message>
    <message>
        <source>copied into the library folder</source>
        <translation>複製到庫資料夾中</translation>
    </message>
    <message>
        <source>cut short: the header says {declared}, the file holds {actual}</source>
        <translation>檔案不完整：檔頭宣告 {declared}，實際只有 {actual}</translation>
    </message>
    <message>
        <source>damaged AIFF file</source>
        <translation>AIFF 檔案已損壞</translation>
    </message>
    <message>
        <source>damaged FLAC file</source>
        <translation>FLAC 檔案已損壞</translation>
    </message>
    <message>
        <source>damaged MP3 file (no audio frames could be decoded)</source>
        <translation>MP3 檔案已損壞（無法解碼任何音訊影格）</translation>
    </message>
    <message>
        <source>damaged WAV header (0 channels)</source>
        <translation>WAV 檔頭已損壞（0 個聲道）</translation>
    </message>
    <message>
        <source>damaged WAV header (not RIFF/WAVE)</source>
        <translation>WAV 檔頭已損壞（不是 RIFF/WAVE）</translation>
    </message>
    <message>
        <source>damaged WAV header (sample rate 0)</source>
        <translation>WAV 檔頭已損壞（取樣率為 0）</translation>
    </message>
    <message>
        <source>damaged WAV header ({bits} bits per sample)</source>
        <translation>WAV 檔頭已損壞（每個取樣 {bits} 位元）</translation>
    </message>
    <message>
        <source>damaged or unsupported Ogg file (Vorbis and Opus are supported)</source>
        <translation>Ogg 檔案已損壞或不受支援（支援 Vorbis 與 Opus）</translation>
    </message>
    <message>
        <source>damaged or unsupported WAV file</source>
        <translation>WAV 檔案已損壞或不受支援</translation>
    </message>
    <message>
        <source>decoding</source>
        <translation>正在解碼</translation>
    </message>
    <message>
        <source>decoding {name}</source>
        <translation>正在解碼 {name}</translation>
    </message>
    <message>
        <source>denoise the file (or record again in a quieter room), or exclude it</source>
        <translation>請對檔案降噪（或在更安靜的房間重新錄製），或將其排除</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>downloaded {name} (sha256 {sha}...)</source>
        <translation>已下載 {name}（sha256 {sha}...）</translation>
    </message>
    <message>
        <source>embedding the training voice</source>
        <translation>正在擷取訓練聲音的聲紋嵌入</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>estimated to fit {gib:.1f} GiB of GPU memory</source>
        <translation>估計可放入 {gib:.1f} GiB 顯示記憶體</translation>
    </message>
    <message>
        <source>exclude one of the two so the model does not overfit it</source>
        <translation>請排除其中一個，以免模型對其過擬合</translation>
    </message>
    <message>
        <source>export the recording again (the copy was probably interrupted); the part that is there is imported</source>
        <translation>請重新匯出錄音（複製可能被中斷了）；已有的部分已匯入</translation>
    </message>
    <message>
        <source>export the recording again as 16- or 24-bit WAV/FLAC</source>
        <translation>請將錄音重新匯出為 16 位元或 24 位元的 WAV/FLAC</translation>
    </message>
    <message>
        <source>export the recording again from the program that made it</source>
        <translation>請用製作該錄音的程式重新匯出</translation>
    </message>
    <message>
        <source>export the song as a stereo file</source>
        <translation>把歌曲匯出為立體聲檔案</translation>
    </message>
    <message>
        <source>export the vocal alone as a mono or stereo file (not the surround or multitrack mix)</source>
        <translation>請單獨匯出人聲為單聲道或立體聲檔案（不要匯出環繞聲或多軌混音）</translation>
    </message>
    <message>
        <source>exported {name}</source>
        <translation>已匯出 {name}</translation>
    </message>
    <message>
        <source>exporting {name}</source>
        <translation>正在匯出 {name}</translation>
    </message>
    <message>
        <source>fcpe: rmvpe.pt is not installed, and FCPE needs no download (nearly as accurate)</source>
        <translation>fcpe：未安裝 rmvpe.pt，而 FCPE 無需下載（準確度相近）</translation>
    </message>
    <message>
        <source>features ready</source>
        <translation>特徵已就緒</translation>
    </message>
    <message>
        <source>features: {name}</source>
        <translation>特徵：{name}</translation>
    </message>
    <message>
        <source>fine-tuning needs both base files: the generator (G) and the discriminator (D)</source>
        <translation>微調需要兩個底模檔案：生成器（G）與判別器（D）</translation>
    </message>
    <message>
        <source>fp16 with loss scaling, as RVC does</source>
        <translation>與 RVC 相同，使用搭配損失縮放的 fp16</translation>
    </message>
    <message>
        <source>from scratch a warmup avoids early blow-ups and the cosine settles the end</source>
        <translation>從頭訓練時，暖身可避免初期發散，餘弦排程讓後期平穩收斂</translation>
    </message>
    <message>
        <source>give at least one model or checkpoint to compare</source>
        <translation>請至少指定一個模型或檢查點來比較</translation>
    </message>
    <message>
        <source>give your account read access to the file, or copy it somewhere you own</source>
        <translation>請給你的帳戶授予該檔案的讀取權限，或把它複製到你自己的資料夾</translation>
    </message>
    <message>
        <source>hashing source</source>
        <translation>正在計算來源音訊的雜湊值</translation>
    </message>
    <message>
        <source>hashing {name}</source>
        <translation>正在計算 {name} 的雜湊</translation>
    </message>
    <message>
        <source>if it sounds wrong, export the file again as WAV or FLAC</source>
        <translation>如果聽起來不對，請把檔案重新匯出為 WAV 或 FLAC</translation>
    </message>
    <message>
        <source>import a longer take, or remove this one</source>
        <translation>請匯入更長的錄音，或移除這一個</translation>
    </message>
    <message>
        <source>import finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <source>import the folder itself to take the audio files inside it</source>
        <translation>匯入資料夾本身即可匯入其中的音訊檔案</translation>
    </message>
    <message>
        <source>import vocal recordings (WAV or FLAC)</source>
        <translation>請匯入人聲錄音（WAV 或 FLAC）</translation>
    </message>
    <message>
        <source>imported {count} file</source>
        <translation>已匯入 {count} 個檔案</translation>
    </message>
    <message>
        <source>imported {count} files</source>
        <translation>已匯入 {count} 個檔案</translation>
    </message>
    <message>
        <source>importing {file_name}</source>
        <translation>正在匯入 {file_name}</translation>
    </message>
    <message>
        <source>importing {name}</source>
        <translation>正在匯入 {name}</translation>
    </message>
    <message>
        <source>index file not found: {path}</source>
        <translation>找不到索引檔：{path}</translation>
    </message>
    <message>
        <source>index {name} holds no vectors</source>
        <translation>索引 {name} 中沒有向量</translation>
    </message>
    <message>
        <source>it cannot be read ({strerror})</source>
        <translation>無法讀取（{strerror}）</translation>
    </message>
    <message>
        <source>it contains code or objects other than weights, so it was refused unopened</source>
        <translation>它含有權重以外的程式碼或物件，因此未開啟即被拒絕</translation>
    </message>
    <message>
        <source>it contains text, not model weights</source>
        <translation>其中是文字，不是模型權重</translation>
    </message>
    <message>
        <source>it is a damaged or cut-short PyTorch file (download or copy it again)</source>
        <translation>這是一個損壞或不完整的 PyTorch 檔案（請重新下載或複製）</translation>
    </message>
    <message>
        <source>it is a damaged or cut-short zip archive</source>
        <translation>這是一個損壞或不完整的 zip 壓縮檔</translation>
    </message>
    <message>
        <source>it is a safetensors file, not an RVC .pth file</source>
        <translation>這是 safetensors 檔案，不是 RVC 的 .pth 檔案</translation>
    </message>
    <message>
        <source>it is a zip archive, not a PyTorch file: unpack it and choose the .pth inside</source>
        <translation>這是 zip 壓縮檔，不是 PyTorch 檔案：請解壓縮後選擇其中的 .pth</translation>
    </message>
    <message>
        <source>it is an ONNX export; svcdesk reads RVC .pth files</source>
        <translation>這是 ONNX 匯出檔案；svcdesk 讀取的是 RVC 的 .pth 檔案</translation>
    </message>
    <message>
        <source>it is empty (0 bytes)</source>
        <translation>檔案為空（0 位元組）</translation>
    </message>
    <message>
        <source>it is not a PyTorch file (damaged, or another format)</source>
        <translation>這不是 PyTorch 檔案（已損壞，或是其他格式）</translation>
    </message>
    <message>
        <source>keep the 48 Hz high-pass on in the Slicer; it removes the offset</source>
        <translation>請在切片頁保持 48 Hz 高通濾波開啟，它會去除該偏移</translation>
    </message>
    <message>
        <source>keeps all {count} checkpoints for the Compare page</source>
        <translation>保留全部 {count} 個檢查點供「比較」頁面使用</translation>
    </message>
    <message>
        <source>kept silence and merge gap cannot be negative</source>
        <translation>保留的靜音長度與合併間隔不能為負數</translation>
    </message>
    <message>
        <source>less than 8 GiB of RAM: a smaller batch avoids swapping</source>
        <translation>記憶體不足 8 GiB：較小的批次大小可避免使用置換空間</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>線性</translation>
    </message>
    <message>
        <source>loading the content encoder</source>
        <translation>正在載入內容編碼器</translation>
    </message>
    <message>
        <source>loading the voice model</source>
        <translation>正在載入音色模型</translation>
    </message>
    <message>
        <source>loading the voices</source>
        <translation>正在載入音色</translation>
    </message>
    <message>
        <source>loading {name}</source>
        <translation>正在載入 {name}</translation>
    </message>
    <message>
        <source>long file ({minutes:.1f} min) is not sliced yet</source>
        <translation>長檔案（{minutes:.1f} 分鐘）尚未切片</translation>
    </message>
    <message>
        <source>longer than its header says: the header says {declared}, the file holds {actual} (only {declared} is read)</source>
        <translation>比檔頭宣告的更長：檔頭宣告 {declared}，實際有 {actual}（只讀取 {declared}）</translation>
    </message>
    <message>
        <source>lower the silence threshold or choose the Custom preset with a shorter minimum length</source>
        <translation>請調低靜音臨界值，或選擇「自訂」預設並縮短最短長度</translation>
    </message>
    <message>
        <source>made from the training checkpoint {file}</source>
        <translation>由訓練檢查點 {file} 產生</translation>
    </message>
    <message>
        <source>measuring loudness</source>
        <translation>正在測量響度</translation>
    </message>
    <message>
        <source>measuring the stems</source>
        <translation>正在測量分軌</translation>
    </message>
    <message>
        <source>merge voices of the same sample rate, version and pitch setting</source>
        <translation>請合併取樣率、版本和音高設定都相同的音色</translation>
    </message>
    <message>
        <source>merge: {alpha:.2f} × {a} + {rest:.2f} × {b}</source>
        <translation>合併：{alpha:.2f} × {a} + {rest:.2f} × {b}</translation>
    </message>
    <message>
        <source>merging {a} and {b}</source>
        <translation>正在合併 {a} 和 {b}</translation>
    </message>
    <message>
        <source>minimum length {minimum:g} s is longer than maximum length {maximum:g} s</source>
        <translation>最短長度 {minimum:g} 秒超過了最長長度 {maximum:g} 秒</translation>
    </message>
    <message>
        <source>minimum silence interval must be at least one hop long</source>
        <translation>最短靜音間隔至少要有一個跳步長</translation>
    </message>
    <message>
        <source>mixing the cover</source>
        <translation>正在混音翻唱</translation>
    </message>
    <message>
        <source>model file</source>
        <translation>模型檔</translation>
    </message>
    <message>
        <source>model file not found: {path}</source>
        <translation>找不到模型檔：{path}</translation>
    </message>
    <message>
        <source>model file not found: {path} (and no library voice has that name)</source>
        <translation>找不到模型檔：{path}（音色庫中也沒有同名音色）</translation>
    </message>
    <message>
        <source>moving {name}</source>
        <translation>正在移動 {name}</translation>
    </message>
    <message>
        <source>near-duplicate of {other}</source>
        <translation>與 {other} 幾乎重複</translation>
    </message>
    <message>
        <source>no RVC voice (.pth) found in {what}</source>
        <translation>在 {what} 中找不到 RVC 音色（.pth）</translation>
    </message>
    <message>
        <source>no audio is included in the dataset</source>
        <translation>資料集中沒有包含任何音訊</translation>
    </message>
    <message>
        <source>no augmentation: it would slow each step of the demo</source>
        <translation>不做資料增強：它會拖慢示範的每一步</translation>
    </message>
    <message>
        <source>no cached features for this project&apos;s segments with these settings: run `svcdesk preprocess` (or train) first</source>
        <translation>該專案的片段沒有使用這些設定的快取特徵：請先執行 `svcdesk preprocess`（或開始訓練）</translation>
    </message>
    <message>
        <source>no file with id {file_id} in project {name}</source>
        <translation>專案 {name} 中沒有編號為 {file_id} 的檔案</translation>
    </message>
    <message>
        <source>no usable segments with features: import and slice some vocals first</source>
        <translation>沒有帶特徵的可用片段：請先匯入人聲並切片</translation>
    </message>
    <message>
        <source>no usable training clips ({count} outside {minimum:g}-{maximum:g} s); slice the audio into segments first</source>
        <translation>沒有可用的訓練片段（{count} 個不在 {minimum:g}–{maximum:g} 秒範圍內）；請先將音訊切成片段</translation>
    </message>
    <message>
        <source>no vocal was found in {name}: it sounds instrumental, so there is nothing to convert</source>
        <translation>{name} 中沒有找到人聲：它聽起來是純音樂，沒有可轉換的內容</translation>
    </message>
    <message>
        <source>no voice called &apos;{name}&apos; in the library ({folder})</source>
        <translation>音色庫（{folder}）中沒有名為「{name}」的音色</translation>
    </message>
    <message>
        <source>no voiced output where the clip sings</source>
        <translation>片段演唱處沒有濁音輸出</translation>
    </message>
    <message>
        <source>noisy: about {snr:.0f} dB between voice and noise floor</source>
        <translation>雜訊較大：人聲與底噪之間僅約 {snr:.0f} dB（訊噪比偏低）</translation>
    </message>
    <message>
        <source>not a recognised audio file</source>
        <translation>無法辨識的音訊檔</translation>
    </message>
    <message>
        <source>not a valid {kind} file (unrecognised content)</source>
        <translation>不是有效的 {kind} 檔案（內容無法辨識）</translation>
    </message>
    <message>
        <source>not an audio file (it contains text)</source>
        <translation>不是音訊檔（其中是文字）</translation>
    </message>
    <message>
        <source>not analysed yet</source>
        <translation>尚未分析</translation>
    </message>
    <message>
        <source>not enough space for {what} in {folder}: it needs about {needed}, {drive} has {free} free. Free {missing} on {drive} or choose another folder.{keep}</source>
        <translation>{folder} 中沒有足夠空間存放{what}：約需 {needed}，{drive} 只剩 {free}。請在 {drive} 上騰出 {missing} 或選擇其他資料夾。{keep}</translation>
    </message>
    <message>
        <source>nothing to fix for the demo; for your own voice, create a project from your vocals</source>
        <translation>示範無需處理；若要訓練你自己的聲音，請用你的人聲新建專案</translation>
    </message>
    <message>
        <source>nothing to resume: no checkpoint in {folder}</source>
        <translation>無法繼續訓練：{folder} 中沒有檢查點</translation>
    </message>
    <message>
        <source>only {count} usable segments: keeps at least two steps per epoch</source>
        <translation>只有 {count} 個可用片段：確保每輪至少兩步</translation>
    </message>
    <message>
        <source>only {minutes:.1f} min of audio; a voice model needs at least {needed:.0f} min</source>
        <translation>只有 {minutes:.1f} 分鐘音訊；訓練音色模型至少需要 {needed:.0f} 分鐘</translation>
    </message>
    <message>
        <source>only {minutes:.1f} minutes of audio: pitch shift and time stretch widen what the model hears</source>
        <translation>只有 {minutes:.1f} 分鐘音訊：變調與時間伸縮可以擴充模型聽到的素材</translation>
    </message>
    <message>
        <source>out of GPU memory even at batch size 1: close other GPU programs or train on the CPU</source>
        <translation>即使批次大小為 1 顯示記憶體仍不足：請關閉其他使用 GPU 的程式，或改用 CPU 訓練</translation>
    </message>
    <message>
        <source>pitch</source>
        <translation>音高</translation>
    </message>
    <message>
        <source>pitch error</source>
        <translation>音高誤差</translation>
    </message>
    <message>
        <source>pitch setting</source>
        <translation>音高設定</translation>
    </message>
    <message>
        <source>project.json names a file outside the project: {relative}</source>
        <translation>project.json 參照了專案之外的檔案：{relative}</translation>
    </message>
    <message>
        <source>re-export or re-record at a lower level; clipped audio teaches the model distortion</source>
        <translation>請以較低電平重新匯出或重新錄製；削波的音訊會讓模型學到失真</translation>
    </message>
    <message>
        <source>re-export the file as WAV or FLAC</source>
        <translation>請將檔案重新匯出為 WAV 或 FLAC</translation>
    </message>
    <message>
        <source>reading cached features</source>
        <translation>正在讀取快取的特徵</translation>
    </message>
    <message>
        <source>reading source</source>
        <translation>正在讀取來源音訊</translation>
    </message>
    <message>
        <source>reading {name}</source>
        <translation>正在讀取 {name}</translation>
    </message>
    <message>
        <source>remove or re-slice it; the other segments are used</source>
        <translation>請移除或重新切片；其餘片段照常使用</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>正在算繪</translation>
    </message>
    <message>
        <source>rendering {label}</source>
        <translation>正在產生 {label}</translation>
    </message>
    <message>
        <source>rmvpe: the reference&apos;s pitch method (rmvpe.pt is installed)</source>
        <translation>rmvpe：參考實作使用的音高方法（已安裝 rmvpe.pt）</translation>
    </message>
    <message>
        <source>run the Slicer: training needs segments of a few seconds</source>
        <translation>請執行切片：訓練需要幾秒長的片段</translation>
    </message>
    <message>
        <source>sample rate</source>
        <translation>取樣率</translation>
    </message>
    <message>
        <source>sample rate {rate} Hz is below the model&apos;s {model_rate} Hz</source>
        <translation>取樣率 {rate} Hz 低於模型的 {model_rate} Hz</translation>
    </message>
    <message>
        <source>sample rate {rate} Hz is not one RVC models use ({rates})</source>
        <translation>取樣率 {rate} Hz 不是 RVC 模型使用的取樣率（{rates}）</translation>
    </message>
    <message>
        <source>saving checkpoint</source>
        <translation>正在儲存檢查點</translation>
    </message>
    <message>
        <source>say which: --sample-rate and --pitch/--no-pitch on the command line</source>
        <translation>請指明：命令列中使用 --sample-rate 和 --pitch/--no-pitch</translation>
    </message>
    <message>
        <source>scoring {label}</source>
        <translation>正在評分 {label}</translation>
    </message>
    <message>
        <source>segment {number} ({start_s:.2f}-{end_s:.2f} s) is outside the audio</source>
        <translation>第 {number} 段（{start_s:.2f}–{end_s:.2f} 秒）超出了音訊範圍</translation>
    </message>
    <message>
        <source>segment {number} ends after the file ends ({duration_s:.2f} s)</source>
        <translation>第 {number} 段的結束時間晚於檔案結尾（{duration_s:.2f} 秒）</translation>
    </message>
    <message>
        <source>segment {number} ends before it starts</source>
        <translation>第 {number} 段的結束時間早於開始時間</translation>
    </message>
    <message>
        <source>segment {number} overlaps the one before it</source>
        <translation>第 {number} 段與前一段重疊</translation>
    </message>
    <message>
        <source>separate the vocal: select the file and press Separate vocal (the original stays in raw/)</source>
        <translation>請分離人聲：選取該檔案並點選「分離人聲」（原檔案保留在 raw/ 中）</translation>
    </message>
    <message>
        <source>separated vocal</source>
        <translation>分離出的人聲</translation>
    </message>
    <message>
        <source>separating the vocal</source>
        <translation>正在分離人聲</translation>
    </message>
    <message>
        <source>separating the vocal ({label})</source>
        <translation>正在分離人聲（{label}）</translation>
    </message>
    <message>
        <source>separation model</source>
        <translation>分離模型</translation>
    </message>
    <message>
        <source>silence threshold must be between -120 and 0 dB (got {threshold:g})</source>
        <translation>靜音臨界值必須介於 -120 到 0 dB 之間（目前為 {threshold:g}）</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>靜音</translation>
    </message>
    <message>
        <source>silent (peak below {threshold:g} dBFS)</source>
        <translation>靜音（峰值低於 {threshold:g} dBFS）</translation>
    </message>
    <message>
        <source>skipped {count}: {reasons}</source>
        <translation>略過 {count} 項：{reasons}</translation>
    </message>
    <message>
        <source>slice lengths must be positive</source>
        <translation>切片長度必須為正數</translation>
    </message>
    <message>
        <source>slicer hop must be between 0 and 100 ms (got {hop_ms:g} ms)</source>
        <translation>切片跳步必須介於 0 到 100 ms 之間（目前為 {hop_ms:g} ms）</translation>
    </message>
    <message>
        <source>slicing finished</source>
        <translation>切片完成</translation>
    </message>
    <message>
        <source>sounds like a song with music ({percent:.0f}% of its energy is bass, and it is never silent)</source>
        <translation>聽起來像帶伴奏的歌曲（{percent:.0f}% 的能量是低音，且從不靜音）</translation>
    </message>
    <message>
        <source>speaker id {speaker_id} does not exist: this model has speakers 0..{last}</source>
        <translation>說話者編號 {speaker_id} 不存在：該模型的說話者編號為 0..{last}</translation>
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
        <translation>第 {step} 步  ·  驗證 {value:.3f}</translation>
    </message>
    <message>
        <source>svcdesk library list shows the names; svcdesk library import adds a voice</source>
        <translation>svcdesk library list 列出名稱；svcdesk library import 新增音色</translation>
    </message>
    <message>
        <source>synthesising the demo singer</source>
        <translation>正在合成示範歌手</translation>
    </message>
    <message>
        <source>the answer is not from a Hugging Face hub (no X-Repo-Commit or ETag header); check HF_ENDPOINT, the proxy or a firewall/login page</source>
        <translation>回應不是來自 Hugging Face Hub（沒有 X-Repo-Commit 或 ETag 標頭）；請檢查 HF_ENDPOINT、代理伺服器，或防火牆/登入頁面</translation>
    </message>
    <message>
        <source>the chunk overlap must be between 1 and {most}, got {overlap}</source>
        <translation>分塊重疊必須在 1 到 {most} 之間，目前為 {overlap}</translation>
    </message>
    <message>
        <source>the converted file</source>
        <translation>轉換後的檔案</translation>
    </message>
    <message>
        <source>the cover would overwrite the song: choose another output file</source>
        <translation>翻唱會覆蓋原曲：請選擇另一個輸出檔案</translation>
    </message>
    <message>
        <source>the demo singer has {minutes:.1f} min of synthetic audio: enough to show training, as expected for the demo; a voice of your own needs at least {needed:.0f} min</source>
        <translation>示範歌手有 {minutes:.1f} 分鐘的合成音訊：足以展示訓練過程，示範本來如此；你自己的聲音至少需要 {needed:.0f} 分鐘</translation>
    </message>
    <message>
        <source>the demo: the reference batch of {batch}</source>
        <translation>示範：參考批次大小 {batch}</translation>
    </message>
    <message>
        <source>the demo: {steps} steps (about {epochs} epochs of {per_epoch}) train the tiny model in minutes</source>
        <translation>示範：{steps} 步（約 {epochs} 輪，每輪 {per_epoch} 步），幾分鐘內訓練完小模型</translation>
    </message>
    <message>
        <source>the fastest precision for this hardware</source>
        <translation>這台硬體上最快的精度</translation>
    </message>
    <message>
        <source>the features are for {feature_rate} Hz but the project is {project_rate} Hz</source>
        <translation>特徵對應 {feature_rate} Hz，但專案為 {project_rate} Hz</translation>
    </message>
    <message>
        <source>the features of {count} segments</source>
        <translation>{count} 個片段的特徵</translation>
    </message>
    <message>
        <source>the file is not a HuBERT/ContentVec checkpoint (no known key layout)</source>
        <translation>該檔案不是 HuBERT/ContentVec 檢查點（鍵名結構無法辨識）</translation>
    </message>
    <message>
        <source>the index could not be built: {exc}</source>
        <translation>無法建立索引：{exc}</translation>
    </message>
    <message>
        <source>the index holds {dim}-dim features but the model uses {model_dim}-dim ones (v1 and v2 indexes are not interchangeable)</source>
        <translation>索引中是 {dim} 維特徵，但模型使用 {model_dim} 維特徵（v1 與 v2 的索引不能互換）</translation>
    </message>
    <message>
        <source>the index holds {index_dim}-dim features, the model uses {model_dim}-dim ones</source>
        <translation>索引中是 {index_dim} 維特徵，模型使用 {model_dim} 維特徵</translation>
    </message>
    <message>
        <source>the largest batch that fitted in {gib:.1f} GiB of GPU memory in a trial step</source>
        <translation>試跑時能放入 {gib:.1f} GiB 顯示記憶體的最大批次大小</translation>
    </message>
    <message>
        <source>the library is now in {folder}</source>
        <translation>音色庫現在位於 {folder}</translation>
    </message>
    <message>
        <source>the output would overwrite the source recording: choose another output file</source>
        <translation>輸出會覆寫來源錄音：請選擇其他輸出檔案</translation>
    </message>
    <message>
        <source>the reference batch; on a CPU a larger batch only makes each step slower</source>
        <translation>參考實作的批次大小；在 CPU 上，更大的批次只會讓每一步更慢</translation>
    </message>
    <message>
        <source>the reference window ({frames} frames) that the pretrained bases were trained with</source>
        <translation>預訓練底模訓練時使用的參考視窗（{frames} 影格）</translation>
    </message>
    <message>
        <source>the run has no index, and the project has no training features to build one from (train or preprocess it first)</source>
        <translation>該執行沒有索引，專案也沒有可用來建立索引的訓練特徵（請先訓練或預處理）</translation>
    </message>
    <message>
        <source>the run is too short for the learning rate to need decaying</source>
        <translation>訓練太短，學習率無需衰減</translation>
    </message>
    <message>
        <source>the run&apos;s index</source>
        <translation>執行的索引</translation>
    </message>
    <message>
        <source>the separated stems</source>
        <translation>分離出的分軌</translation>
    </message>
    <message>
        <source>the separated stems of {name} could not be read back from {folder}</source>
        <translation>無法從 {folder} 讀回 {name} 的分離分軌</translation>
    </message>
    <message>
        <source>the separation model returned audio of shape {got} for {sent}</source>
        <translation>分離模型對 {sent} 的輸入傳回了形狀為 {got} 的音訊</translation>
    </message>
    <message>
        <source>the server answered {status}</source>
        <translation>伺服器回應 {status}</translation>
    </message>
    <message>
        <source>the slicer needs mono audio</source>
        <translation>切片需要單聲道音訊</translation>
    </message>
    <message>
        <source>the source audio holds invalid samples (NaN or infinity)</source>
        <translation>來源音訊包含無效取樣點（NaN 或無限大）</translation>
    </message>
    <message>
        <source>the source audio must be mono or (samples, channels), got shape {shape}</source>
        <translation>來源音訊必須是單聲道或（取樣數, 聲道數）形狀，實際形狀為 {shape}</translation>
    </message>
    <message>
        <source>the source is too short to convert (under 40 ms)</source>
        <translation>來源音訊太短，無法轉換（不足 40 ms）</translation>
    </message>
    <message>
        <source>the source must be an audio file path or (audio, sample_rate)</source>
        <translation>來源必須是音訊檔路徑或（音訊, 取樣率）</translation>
    </message>
    <message>
        <source>the speaker encoder (the Resemblyzer package) is not installed</source>
        <translation>未安裝說話人編碼器（Resemblyzer 套件）</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>起點</translation>
    </message>
    <message>
        <source>the voice must be a model file path or a loaded voice model</source>
        <translation>音色必須是模型檔路徑或已載入的音色模型</translation>
    </message>
    <message>
        <source>the voices cannot be merged: the result does not fit their model</source>
        <translation>這些音色無法合併：結果與其模型不符</translation>
    </message>
    <message>
        <source>the voices cannot be merged: {key} is {shape_a} in one and {shape_b} in the other</source>
        <translation>這些音色無法合併：{key} 在一個中是 {shape_a}，在另一個中是 {shape_b}</translation>
    </message>
    <message>
        <source>there is no segment {number} (this file has {count})</source>
        <translation>沒有第 {number} 段（該檔案共有 {count} 段）</translation>
    </message>
    <message>
        <source>this run was trained with a different model size, window or sample rate</source>
        <translation>這次訓練使用的模型大小、視窗或取樣率不同</translation>
    </message>
    <message>
        <source>this {version} model expects {feature_dim}-dim content features but the encoder gives {encoder_dim}; svcdesk converts with v2 (768-dim) models</source>
        <translation>這個 {version} 模型需要 {feature_dim} 維內容特徵，但編碼器輸出 {encoder_dim} 維；svcdesk 使用 v2（768 維）模型進行轉換</translation>
    </message>
    <message>
        <source>too long ({seconds:.2f} s &gt; {limit:.2f} s)</source>
        <translation>太長（{seconds:.2f} 秒 &gt; {limit:.2f} 秒）</translation>
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
        <translation>正在擷取旋律（{pitch_method}）</translation>
    </message>
    <message>
        <source>train() needs a project or a list of clip sources</source>
        <translation>train() 需要一個專案或一組片段來源</translation>
    </message>
    <message>
        <source>train() needs runs_dir when no project is given</source>
        <translation>未指定專案時，train() 需要 runs_dir</translation>
    </message>
    <message>
        <source>training checkpoint</source>
        <translation>訓練檢查點</translation>
    </message>
    <message>
        <source>training index</source>
        <translation>正在訓練索引</translation>
    </message>
    <message>
        <source>training without the reference&apos;s silent clips: {exc}</source>
        <translation>訓練時不使用參考實作的靜音片段：{exc}</translation>
    </message>
    <message>
        <source>transposing the accompaniment</source>
        <translation>正在移調伴奏</translation>
    </message>
    <message>
        <source>truncated WAV header</source>
        <translation>WAV 檔頭不完整</translation>
    </message>
    <message>
        <source>unknown mono downmix &apos;{method}&apos; (choose one of: {choices})</source>
        <translation>未知的單聲道混音方式「{method}」（可選：{choices}）</translation>
    </message>
    <message>
        <source>unknown normalisation &apos;{normalize}&apos; (choose one of: {choices})</source>
        <translation>未知的正規化方式「{normalize}」（可選：{choices}）</translation>
    </message>
    <message>
        <source>unknown precision {name!r} (fp32, fp16 or bf16)</source>
        <translation>未知的精度 {name!r}（可選 fp32、fp16 或 bf16）</translation>
    </message>
    <message>
        <source>unknown segment edge &apos;{edge}&apos; (start or end)</source>
        <translation>未知的片段邊界「{edge}」（start 或 end）</translation>
    </message>
    <message>
        <source>unknown separation architecture &apos;{architecture}&apos;</source>
        <translation>未知的分離模型架構「{architecture}」</translation>
    </message>
    <message>
        <source>unknown separation model &apos;{key}&apos; (choose one of: {known})</source>
        <translation>未知的分離模型「{key}」（可選：{known}）</translation>
    </message>
    <message>
        <source>unknown slicing preset &apos;{name}&apos; (choose one of: {choices})</source>
        <translation>未知的切片預設「{name}」（可選：{choices}）</translation>
    </message>
    <message>
        <source>unpacking {zip}</source>
        <translation>正在解壓縮 {zip}</translation>
    </message>
    <message>
        <source>unsupported format: MP4/M4A/AAC audio - convert to WAV/FLAC</source>
        <translation>不支援的格式：MP4/M4A/AAC 音訊，請轉換為 WAV/FLAC</translation>
    </message>
    <message>
        <source>unsupported format: WMA - convert to WAV/FLAC</source>
        <translation>不支援的格式：WMA，請轉換為 WAV/FLAC</translation>
    </message>
    <message>
        <source>use peak or LUFS normalisation in the Slicer</source>
        <translation>請在切片頁使用峰值或 LUFS 響度正規化</translation>
    </message>
    <message>
        <source>use the original recording at {model_rate} Hz or higher, or a {lower_rate} Hz project</source>
        <translation>請使用 {model_rate} Hz 或更高取樣率的原始錄音，或改用 {lower_rate} Hz 的專案</translation>
    </message>
    <message>
        <source>validation mel loss</source>
        <translation>驗證集 Mel 損失</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>very quiet: peak {peak:.1f} dBFS</source>
        <translation>音量過低：峰值 {peak:.1f} dBFS</translation>
    </message>
    <message>
        <source>vocal separated from {source}: {percent:.0f}% of that file&apos;s energy was music and was removed</source>
        <translation>人聲分離自 {source}：該檔案 {percent:.0f}% 的能量是音樂，已被去除</translation>
    </message>
    <message>
        <source>voice model</source>
        <translation>音色模型</translation>
    </message>
    <message>
        <source>voicing agreement</source>
        <translation>有聲／無聲一致率</translation>
    </message>
    <message>
        <source>writing stems</source>
        <translation>正在寫入分軌</translation>
    </message>
    <message>
        <source>writing the cover</source>
        <translation>正在寫入翻唱</translation>
    </message>
    <message>
        <source>writing the result</source>
        <translation>正在寫入結果</translation>
    </message>
    <message>
        <source>writing the separated vocal</source>
        <translation>正在寫入分離出的人聲</translation>
    </message>
    <message>
        <source>writing the {stem}</source>
        <translation>正在寫入{stem}</translation>
    </message>
    <message>
        <source>writing {name}</source>
        <translation>正在寫入 {name}</translation>
    </message>
    <message>
        <source>wrote {out_path}</source>
        <translation>已寫入 {out_path}</translation>
    </message>
    <message>
        <source>you chose not to build one</source>
        <translation>你選擇了不建立</translation>
    </message>
    <message>
        <source>{a} and {b} cannot be merged: their models are built differently ({count} weights only one of them has)</source>
        <translation>{a} 和 {b} 無法合併：它們的模型結構不同（有 {count} 個權重只有其中一個具有）</translation>
    </message>
    <message>
        <source>{a} and {b} cannot be merged: their {what} differs ({a} is {desc_a}, {b} is {desc_b})</source>
        <translation>{a} 和 {b} 無法合併：它們的{what}不同（{a} 是 {desc_a}，{b} 是 {desc_b}）</translation>
    </message>
    <message>
        <source>{cents:.0f} cents</source>
        <translation>{cents:.0f} 音分</translation>
    </message>
    <message>
        <source>{count} already in the project</source>
        <translation>{count} 個已在專案中</translation>
    </message>
    <message>
        <source>{count} broken link</source>
        <translation>{count} 個失效連結</translation>
    </message>
    <message>
        <source>{count} broken links</source>
        <translation>{count} 個失效連結</translation>
    </message>
    <message>
        <source>{count} file that is not audio</source>
        <translation>{count} 個非音訊檔案</translation>
    </message>
    <message>
        <source>{count} files that are not audio</source>
        <translation>{count} 個非音訊檔案</translation>
    </message>
    <message>
        <source>{count} folder named like an audio file</source>
        <translation>{count} 個名稱像音訊檔案的資料夾</translation>
    </message>
    <message>
        <source>{count} folder that cannot be read</source>
        <translation>{count} 個無法讀取的資料夾</translation>
    </message>
    <message>
        <source>{count} folders named like audio files</source>
        <translation>{count} 個名稱像音訊檔案的資料夾</translation>
    </message>
    <message>
        <source>{count} folders that cannot be read</source>
        <translation>{count} 個無法讀取的資料夾</translation>
    </message>
    <message>
        <source>{count} link loop</source>
        <translation>{count} 個循環連結</translation>
    </message>
    <message>
        <source>{count} link loops</source>
        <translation>{count} 個循環連結</translation>
    </message>
    <message>
        <source>{count} refused (see above)</source>
        <translation>{count} 個被拒絕（見上文）</translation>
    </message>
    <message>
        <source>{count} text file</source>
        <translation>{count} 個文字檔</translation>
    </message>
    <message>
        <source>{count} text files</source>
        <translation>{count} 個文字檔</translation>
    </message>
    <message>
        <source>{count} usable segments, {minutes:.1f} minutes of audio, training on the {where}. Untick a suggestion to keep your own value.</source>
        <translation>{count} 個可用片段，共 {minutes:.1f} 分鐘音訊，在 {where} 上訓練。取消勾選某項建議即可保留你自己的設定。</translation>
    </message>
    <message>
        <source>{count} voices are called &apos;{name}&apos;; rename one (svcdesk library list shows their folders)</source>
        <translation>有 {count} 個音色都叫「{name}」；請重新命名其中一個（svcdesk library list 會顯示它們的資料夾）</translation>
    </message>
    <message>
        <source>{criterion} {value} (rank {rank} of {count})</source>
        <translation>{criterion} {value}（第 {rank} 名，共 {count} 個）</translation>
    </message>
    <message>
        <source>{encoding} audio: audible quantisation noise</source>
        <translation>{encoding}音訊：量化雜訊明顯</translation>
    </message>
    <message>
        <source>{exc} The curve shows {method} instead.</source>
        <translation>{exc} 曲線改為顯示 {method} 的結果。</translation>
    </message>
    <message>
        <source>{file_name} is already being downloaded by another svcdesk window or command; wait for it or cancel it there.</source>
        <translation>另一個 svcdesk 視窗或指令正在下載 {file_name}；請等待其完成，或在那裡取消。</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>{file} holds code or objects other than weights; it is never opened</source>
        <translation>{file} 含有權重以外的程式碼或物件，永遠不會被開啟</translation>
    </message>
    <message>
        <source>{file} is not an RVC voice file; import it with svcdesk library import to have it checked and converted</source>
        <translation>{file} 不是 RVC 音色檔；請用 svcdesk library import 匯入，以便檢查並轉換</translation>
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
        <translation>{folder} 已不存在（磁碟被移除，或資料夾被刪除、重新命名）。請重新連接磁碟或選擇其他資料夾。{keep}</translation>
    </message>
    <message>
        <source>{folder} is read-only, so {file} cannot be written. Move the project to a folder you can write to (or make this one writable).{keep}</source>
        <translation>{folder} 是唯讀的，無法寫入 {file}。請把專案移到你可寫入的資料夾（或讓此資料夾可寫）。{keep}</translation>
    </message>
    <message>
        <source>{index} holds {dim}-dim features but {voice} is an RVC {version} voice ({expected}-dim); the voice was imported without it</source>
        <translation>{index} 存放 {dim} 維特徵，但 {voice} 是 RVC {version} 音色（{expected} 維）；音色已在沒有它的情況下匯入</translation>
    </message>
    <message>
        <source>{index} is RVC&apos;s intermediate index without vectors; the voice was imported without it</source>
        <translation>{index} 是 RVC 不含向量的中間索引；音色已在沒有它的情況下匯入</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}：{problem}</translation>
    </message>
    <message>
        <source>{manifest_path} has a damaged entry ({exc})</source>
        <translation>{manifest_path} 中有損壞的項目（{exc}）</translation>
    </message>
    <message>
        <source>{manifest_path} is damaged and cannot be read ({exc})</source>
        <translation>{manifest_path} 已損壞，無法讀取（{exc}）</translation>
    </message>
    <message>
        <source>{manifest_path} is not an svcdesk project file</source>
        <translation>{manifest_path} 不是 svcdesk 專案檔</translation>
    </message>
    <message>
        <source>{minutes:.1f} minutes of audio is enough variety without augmentation</source>
        <translation>{minutes:.1f} 分鐘音訊已足夠多樣，不需要資料增強</translation>
    </message>
    <message>
        <source>{name} cannot be edited: {problem}</source>
        <translation>無法編輯 {name}：{problem}</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>無法讀取 {name}（{reason}）</translation>
    </message>
    <message>
        <source>{name} cannot be used: {problem}</source>
        <translation>{name} 無法使用：{problem}</translation>
    </message>
    <message>
        <source>{name} fits several RVC models; say its sample rate and pitch setting to import it</source>
        <translation>{name} 與多種 RVC 模型相符；請說明其取樣率和音高設定後再匯入</translation>
    </message>
    <message>
        <source>{name} holds no state dict</source>
        <translation>{name} 中沒有 state dict</translation>
    </message>
    <message>
        <source>{name} holds no {files}</source>
        <translation>{name} 中沒有 {files}</translation>
    </message>
    <message>
        <source>{name} is a PyTorch Lightning checkpoint (Diff-SVC or a similar tool), not an RVC voice; svcdesk reads RVC v1/v2 voices</source>
        <translation>{name} 是 PyTorch Lightning 檢查點（Diff-SVC 或類似工具），不是 RVC 音色；svcdesk 讀取 RVC v1/v2 音色</translation>
    </message>
    <message>
        <source>{name} is a discriminator checkpoint, which conversion does not use; left out</source>
        <translation>{name} 是判別器檢查點，轉換用不到；已略過</translation>
    </message>
    <message>
        <source>{name} is a fairseq model (such as the HuBERT/ContentVec encoder), not a voice; svcdesk reads RVC v1/v2 voices (an encoder file goes in Tools &gt; Weight files)</source>
        <translation>{name} 是 fairseq 模型（例如 HuBERT/ContentVec 編碼器），不是音色；svcdesk 讀取 RVC v1/v2 音色（編碼器檔案請放入「工具 &gt; 權重檔案」）</translation>
    </message>
    <message>
        <source>{name} is a safetensors file, not an RVC voice; svcdesk reads RVC v1/v2 voices (.pth)</source>
        <translation>{name} 是 safetensors 檔案，不是 RVC 音色；svcdesk 讀取 RVC v1/v2 音色（.pth）</translation>
    </message>
    <message>
        <source>{name} is a {tool} model; svcdesk reads RVC v1/v2 voices</source>
        <translation>{name} 是 {tool} 模型；svcdesk 讀取 RVC v1/v2 音色</translation>
    </message>
    <message>
        <source>{name} is already in the library as &apos;{voice}&apos;</source>
        <translation>{name} 已在音色庫中，名為「{voice}」</translation>
    </message>
    <message>
        <source>{name} is already in the project as {existing}; skipped</source>
        <translation>{name} 已以 {existing} 存在於專案中；已略過</translation>
    </message>
    <message>
        <source>{name} is an ONNX export; svcdesk reads RVC v1/v2 voices (.pth)</source>
        <translation>{name} 是 ONNX 匯出檔；svcdesk 讀取 RVC v1/v2 音色（.pth）</translation>
    </message>
    <message>
        <source>{name} is digital silence: there is no vocal to separate</source>
        <translation>{name} 是數位靜音：沒有可分離的人聲</translation>
    </message>
    <message>
        <source>{name} is not a faiss index file</source>
        <translation>{name} 不是 faiss 索引檔</translation>
    </message>
    <message>
        <source>{name} is not a faiss index; left out</source>
        <translation>{name} 不是 faiss 索引；已略過</translation>
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
        <translation>{name} 不是 RVC 音色（其條目為 {keys}）</translation>
    </message>
    <message>
        <source>{name} is not an RVC voice (no speaker embedding emb_g.weight)</source>
        <translation>{name} 不是 RVC 音色（沒有說話人嵌入 emb_g.weight）</translation>
    </message>
    <message>
        <source>{name} is not the {label} model: {problems}</source>
        <translation>{name} 不是 {label} 模型：{problems}</translation>
    </message>
    <message>
        <source>{name} is open in another program, which locks it. Close that program (a player, an editor, a sync client) and try again.{keep}</source>
        <translation>{name} 正被其他程式開啟並鎖定。請關閉那個程式（播放器、編輯器、同步用戶端），然後重試。{keep}</translation>
    </message>
    <message>
        <source>{name} left out: the folder already has the voice {voice}</source>
        <translation>已略過 {name}：該資料夾已有音色 {voice}</translation>
    </message>
    <message>
        <source>{name} left out: {newest} is a later checkpoint of the same run</source>
        <translation>已略過 {name}：{newest} 是同一次訓練中較新的檢查點</translation>
    </message>
    <message>
        <source>{name} matches none of the voices by name; left out</source>
        <translation>{name} 的名稱與任何音色都不相符；已略過</translation>
    </message>
    <message>
        <source>{name} skipped: {reason}</source>
        <translation>已略過 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} was made by a newer svcdesk (project format {version}); update svcdesk</source>
        <translation>{name} 由較新版本的 svcdesk 建立（專案格式 {version}）；請更新 svcdesk</translation>
    </message>
    <message>
        <source>{name}: 0 samples (the audio data is missing or cut off)</source>
        <translation>{name}：0 個取樣點（音訊資料遺失或被截斷）</translation>
    </message>
    <message>
        <source>{name}: 0 samples (the file holds no audio)</source>
        <translation>{name}：0 個取樣點（檔案中沒有音訊）</translation>
    </message>
    <message>
        <source>{name}: `config` is not a list</source>
        <translation>{name}：`config` 不是清單</translation>
    </message>
    <message>
        <source>{name}: `f0` should be 0 or 1, not {f0!r}</source>
        <translation>{name}：`f0` 應為 0 或 1，而不是 {f0!r}</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({strerror})</source>
        <translation>{name}：無法讀取（{strerror}）</translation>
    </message>
    <message>
        <source>{name}: cannot write format {suffix} - use .wav or .flac</source>
        <translation>{name}：無法寫入 {suffix} 格式，請使用 .wav 或 .flac</translation>
    </message>
    <message>
        <source>{name}: contains NaN or infinite samples (a damaged float file)</source>
        <translation>{name}：含有 NaN 或無窮大的取樣（浮點檔案已損壞）</translation>
    </message>
    <message>
        <source>{name}: contains {bad} NaN or infinite samples (a damaged float file)</source>
        <translation>{name}：包含 {bad} 個 NaN 或無限大的取樣點（浮點檔案已損壞）</translation>
    </message>
    <message>
        <source>{name}: could not be written ({detail}).{keep}</source>
        <translation>{name}：無法寫入（{detail}）。{keep}</translation>
    </message>
    <message>
        <source>{name}: could not write audio ({exc})</source>
        <translation>{name}：無法寫入音訊（{exc}）</translation>
    </message>
    <message>
        <source>{name}: not a readable {what}: {reason}</source>
        <translation>{name}：不是可讀取的{what}：{reason}</translation>
    </message>
    <message>
        <source>{zip} holds an entry that points outside its folder ({entry}); nothing was imported</source>
        <translation>{zip} 含有指向其資料夾之外的條目（{entry}）；未匯入任何內容</translation>
    </message>
    <message>
        <source>{zip} holds {count:,} entries; a shared voice has a handful, so it was not unpacked</source>
        <translation>{zip} 含有 {count:,} 個條目；分享的音色只有寥寥幾個檔案，因此未解壓縮</translation>
    </message>
    <message>
        <source>{zip} is a damaged or cut-short zip archive (download or copy it again)</source>
        <translation>{zip} 是損壞或不完整的 zip 壓縮檔（請重新下載或複製）</translation>
    </message>
    <message>
        <source>{zip} is damaged: {entry} does not unpack (download or copy it again)</source>
        <translation>{zip} 已損壞：{entry} 無法解壓縮（請重新下載或複製）</translation>
    </message>
    <message>
        <source>{zip} is password-protected; unpack it yourself and import the folder</source>
        <translation>{zip} 受密碼保護；請自行解壓縮後匯入資料夾</translation>
    </message>
    <message>
        <source>{zip} looks like a zip bomb: {entry} would inflate {ratio:,.0f} times (to {size}); nothing was imported</source>
        <translation>{zip} 疑似壓縮炸彈：{entry} 會膨脹 {ratio:,.0f} 倍（達 {size}）；未匯入任何內容</translation>
    </message>
    <message>
        <source>{zip} uses a compression method svcdesk cannot unpack ({entry}); unpack it yourself and import the folder</source>
        <translation>{zip} 使用了 svcdesk 無法解壓縮的壓縮方式（{entry}）；請自行解壓縮後匯入資料夾</translation>
    </message>
    <message>
        <source>{zip} would unpack to {size}, more than the {limit} a voice can need; nothing was imported</source>
        <translation>{zip} 解壓縮後將達 {size}，超過一個音色所需的 {limit}；未匯入任何內容</translation>
    </message>
    <message>
        <source>{zip}: {entry} is larger than its header says; nothing was imported</source>
        <translation>{zip}：{entry} 比其檔頭宣告的更大；未匯入任何內容</translation>
    </message>
    <message>
        <source>{name}: damaged header (0 channels)</source>
        <translation>{name}：檔頭已損壞（0 個聲道）</translation>
    </message>
    <message>
        <source>Cannot download {url}: offline mode is on (HF_HUB_OFFLINE). Unset HF_HUB_OFFLINE, or download the file yourself and import it.</source>
        <translation>無法下載 {url}：離線模式已開啟（HF_HUB_OFFLINE）。請取消 HF_HUB_OFFLINE，或自行下載檔案後匯入。</translation>
    </message>
    <message>
        <source>Could not download {url}: {reason}. Check the link and the internet connection and try again (the download resumes).</source>
        <translation>無法下載 {url}：{reason}。請檢查連結和網路連線後重試（下載會續傳）。</translation>
    </message>
    <message>
        <source>No render is usable, so none is recommended ({problems}). Train longer, or check the model and the clip.</source>
        <translation>沒有可用的算繪，因此不作推薦（{problems}）。請訓練更久，或檢查模型和片段。</translation>
    </message>
    <message>
        <source>Not enough scores to recommend a render: pitch and voicing need a sung clip, speaker similarity needs the project&apos;s recordings.</source>
        <translation>評分不足，無法推薦算繪：音高和發聲判斷需要演唱片段，說話人相似度需要專案的錄音。</translation>
    </message>
    <message>
        <source>The run&apos;s voice could not join the voice library: {reason}</source>
        <translation>本次訓練的音色未能加入音色庫：{reason}</translation>
    </message>
    <message>
        <source>{name}: digital silence from start to end: nothing to learn from</source>
        <translation>{name}：從頭到尾都是數位靜音：沒有可學習的內容</translation>
    </message>
    <message>
        <source>{name}: empty file (0 bytes)</source>
        <translation>{name}：空白檔案（0 位元組）</translation>
    </message>
    <message>
        <source>{name}: file not found</source>
        <translation>{name}：找不到檔案</translation>
    </message>
    <message>
        <source>{name}: implausible sample rate {sample_rate} Hz</source>
        <translation>{name}：取樣率 {sample_rate} Hz 不合理</translation>
    </message>
    <message>
        <source>{name}: is a folder, not an audio file</source>
        <translation>{name}：是資料夾，不是音訊檔</translation>
    </message>
    <message>
        <source>{name}: is not a regular file</source>
        <translation>{name}：不是一般檔案</translation>
    </message>
    <message>
        <source>{name}: its model configuration is unusable ({exc})</source>
        <translation>{name}：其模型設定無法使用（{exc}）</translation>
    </message>
    <message>
        <source>{name}: marked {version} but its content weights are {feature_dim}-dim (v1 uses 256, v2 768)</source>
        <translation>{name}：標記為 {version}，但其內容權重為 {feature_dim} 維（v1 為 256，v2 為 768）</translation>
    </message>
    <message>
        <source>{name}: no segment fits {minimum:g}-{maximum:g} s</source>
        <translation>{name}：沒有長度介於 {minimum:g}–{maximum:g} 秒的片段</translation>
    </message>
    <message>
        <source>{name}: no speaker embedding (emb_g.weight): not an RVC generator</source>
        <translation>{name}：沒有說話者嵌入（emb_g.weight），不是 RVC 生成器</translation>
    </message>
    <message>
        <source>{name}: not a safe {what} ({reason})</source>
        <translation>{name}：不是安全的{what}（{reason}）</translation>
    </message>
    <message>
        <source>{name}: not a separation model (no weights inside)</source>
        <translation>{name}：不是分離模型（裡面沒有權重）</translation>
    </message>
    <message>
        <source>{name}: not an RVC model (no `weight`+`config`, no `model` entry)</source>
        <translation>{name}：不是 RVC 模型（沒有 `weight`+`config`，也沒有 `model` 項目）</translation>
    </message>
    <message>
        <source>{name}: not an RVC model file (top level is {found}, not a dict)</source>
        <translation>{name}：不是 RVC 模型檔（頂層是 {found}，而不是 dict）</translation>
    </message>
    <message>
        <source>{name}: not an RVC training checkpoint (no `model` entry)</source>
        <translation>{name}：不是 RVC 訓練檢查點（沒有 `model` 項目）</translation>
    </message>
    <message>
        <source>{name}: not an svcdesk training checkpoint</source>
        <translation>{name}：不是 svcdesk 訓練檢查點</translation>
    </message>
    <message>
        <source>{name}: only {seconds:.2f} s long; training uses pieces of at least {minimum:.2f} s, so this file adds nothing</source>
        <translation>{name}：只有 {seconds:.2f} 秒；訓練使用至少 {minimum:.2f} 秒的片段，所以這個檔案沒有用處</translation>
    </message>
    <message>
        <source>{name}: permission denied</source>
        <translation>{name}：沒有存取權限</translation>
    </message>
    <message>
        <source>{name}: permission denied. Choose a folder you can write to, or give your account write access to {folder}.{keep}</source>
        <translation>{name}：權限不足。請選擇你可寫入的資料夾，或給你的帳戶授予 {folder} 的寫入權限。{keep}</translation>
    </message>
    <message>
        <source>{name}: refusing to write 0 samples</source>
        <translation>{name}：拒絕寫入 0 個取樣點</translation>
    </message>
    <message>
        <source>{name}: refusing to write NaN or infinite samples</source>
        <translation>{name}：拒絕寫入 NaN 或無限大的取樣點</translation>
    </message>
    <message>
        <source>{name}: sample values up to {peak:.3g} (a damaged float file)</source>
        <translation>{name}：取樣值高達 {peak:.3g}（浮點檔案已損壞）</translation>
    </message>
    <message>
        <source>{name}: the config list is not RVC&apos;s 18-element list ({exc})</source>
        <translation>{name}：設定清單不是 RVC 的 18 項清單（{exc}）</translation>
    </message>
    <message>
        <source>{name}: the decoder reported: {text}</source>
        <translation>{name}：解碼器回報：{text}</translation>
    </message>
    <message>
        <source>{name}: the disk is full ({free} free on {drive}). Free {amount} on {drive} or move the project to another drive.{keep}</source>
        <translation>{name}：磁碟已滿（{drive} 只剩 {free}）。請在 {drive} 上騰出 {amount}，或把專案移到其他磁碟。{keep}</translation>
    </message>
    <message>
        <source>{name}: the drive reported a read/write error ({detail}). Check the drive, and copy the project to another one.{keep}</source>
        <translation>{name}：磁碟回報讀寫錯誤（{detail}）。請檢查磁碟，並把專案複製到其他磁碟。{keep}</translation>
    </message>
    <message>
        <source>{name}: the path is too long ({length} characters; Windows allows {limit} unless long paths are enabled). Move the project to a shorter folder such as C:\svcdesk-projects.{keep}</source>
        <translation>{name}：路徑太長（{length} 個字元；未啟用長路徑時 Windows 最多允許 {limit} 個）。請把專案移到較短的資料夾，例如 C:\svcdesk-projects。{keep}</translation>
    </message>
    <message>
        <source>{name}: the weights are missing or not a dictionary of tensors</source>
        <translation>{name}：權重遺失，或不是張量字典</translation>
    </message>
    <message>
        <source>{name}: too large to load into memory</source>
        <translation>{name}：檔案太大，無法載入記憶體</translation>
    </message>
    <message>
        <source>{name}: too short ({samples} sample(s), {ms:.1f} ms); needs at least {minimum:.0f} ms</source>
        <translation>{name}：太短（{samples} 個取樣點，{ms:.1f} ms）；至少需要 {minimum:.0f} ms</translation>
    </message>
    <message>
        <source>{name}: unknown model version {version!r} (svcdesk reads v1 and v2)</source>
        <translation>{name}：未知的模型版本 {version!r}（svcdesk 支援 v1 與 v2）</translation>
    </message>
    <message>
        <source>{name}: unsupported format {format} - convert to WAV/FLAC</source>
        <translation>{name}：不支援的格式 {format}，請轉換為 WAV/FLAC</translation>
    </message>
    <message>
        <source>{name}: vocal separated into {vocal}; {percent:.0f}% of the take&apos;s energy was music and was removed</source>
        <translation>{name}：人聲已分離到 {vocal}；該錄音 {percent:.0f}% 的能量是音樂，已被去除</translation>
    </message>
    <message>
        <source>{name}: written by a newer svcdesk (checkpoint format {version})</source>
        <translation>{name}：由較新版本的 svcdesk 寫入（檢查點格式 {version}）</translation>
    </message>
    <message>
        <source>{name}: {channels} channels - export the song as a stereo or 5.1 file</source>
        <translation>{name}：{channels} 個聲道——請把歌曲匯出為立體聲或 5.1 檔案</translation>
    </message>
    <message>
        <source>{name}: {channels} channels - export the vocal as a mono or stereo file</source>
        <translation>{name}：{channels} 個聲道，請將人聲匯出為單聲道或立體聲檔案</translation>
    </message>
    <message>
        <source>{name}: {count} weight entries are not tensors (first: {first})</source>
        <translation>{name}：有 {count} 個權重項目不是張量（第一個：{first}）</translation>
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
        <translation>{name}：{count} 個短片段共 {seconds:.1f} 秒未使用（短於 {minimum:g} 秒）</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what}</source>
        <translation>{path} 是資料夾，不是{what}</translation>
    </message>
    <message>
        <source>{project} · {run} · step {step}</source>
        <translation>{project} · {run} · 第 {step} 步</translation>
    </message>
    <message>
        <source>{root} already holds a project; open it instead</source>
        <translation>{root} 中已有專案；請直接開啟它</translation>
    </message>
    <message>
        <source>{root} is a file, not a folder</source>
        <translation>{root} 是檔案，不是資料夾</translation>
    </message>
    <message>
        <source>{root} is not an svcdesk project (no {manifest})</source>
        <translation>{root} 不是 svcdesk 專案（沒有 {manifest}）</translation>
    </message>
    <message>
        <source>{root} is not empty; choose a new or empty folder for the project</source>
        <translation>{root} 不是空的；請為專案選擇一個新的或空的資料夾</translation>
    </message>
    <message>
        <source>{source} does not match the expected network: {problems}</source>
        <translation>{source} 與預期的網路結構不符：{problems}</translation>
    </message>
    <message>
        <source>{start_s:.2f}-{end_s:.2f} s overlaps an existing segment</source>
        <translation>{start_s:.2f}–{end_s:.2f} 秒與既有片段重疊</translation>
    </message>
    <message>
        <source>{target} is inside the current library; choose a folder outside it</source>
        <translation>{target} 位於目前音色庫內；請選擇庫外的資料夾</translation>
    </message>
    <message>
        <source>{time:.2f} s is in a silence between segments; add a segment there instead</source>
        <translation>{time:.2f} 秒位於片段之間的靜音中；請改為在那裡新增片段</translation>
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
        <translation>資料集</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>加入檔案...</translation>
    </message>
    <message>
        <source>Add folder...</source>
        <translation>加入資料夾...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected files from the project (your originals are kept)</source>
        <translation>從專案中移除所選檔案（原始檔案會保留）</translation>
    </message>
    <message>
        <source>Re-analyse</source>
        <translation>重新分析</translation>
    </message>
    <message>
        <source>Separate vocal</source>
        <translation>分離人聲</translation>
    </message>
    <message>
        <source>Take the vocal out of the selected songs: it joins the dataset as a new file, the song itself stays untouched in raw/ and is left out of training.</source>
        <translation>從所選歌曲中擷取人聲：人聲作為新檔案加入資料集，歌曲本身原樣保留在 raw/ 中，不參與訓練。</translation>
    </message>
    <message>
        <source>Separate songs on import</source>
        <translation>匯入時分離歌曲</translation>
    </message>
    <message>
        <source>Files that sound like a song with music (bass, never silent) get their vocal separated as they are imported.</source>
        <translation>聽起來像帶伴奏歌曲的檔案（有低音、從不靜音）在匯入時會分離出人聲。</translation>
    </message>
    <message>
        <source>Drop vocal recordings or folders here (WAV, FLAC, OGG, MP3).
Dry solo vocals work best: no music, no reverb.</source>
        <translation>將人聲錄音或資料夾拖放到這裡（WAV、FLAC、OGG、MP3）。
乾聲獨唱效果最好：無伴奏、無殘響。</translation>
    </message>
    <message>
        <source>Right-click to choose the columns.</source>
        <translation>按右鍵可選擇顯示的欄位。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>處理建議</translation>
    </message>
    <message>
        <source>No project open - use File &gt; New project or File &gt; Open project</source>
        <translation>未開啟專案 - 請使用「檔案 &gt; 新增專案」或「檔案 &gt; 開啟專案」</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 個檔案</translation>
    </message>
    <message>
        <source>%d files</source>
        <translation>%d 個檔案</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 個片段</translation>
    </message>
    <message>
        <source>%d segments</source>
        <translation>%d 個片段</translation>
    </message>
    <message>
        <source>%s (%s)  ·  %d included (%s)  ·  %s (%s)</source>
        <translation>%s（%s）  ·  已納入 %d 個（%s）  ·  %s（%s）</translation>
    </message>
    <message>
        <source>Open or create a project before importing audio.</source>
        <translation>匯入音訊前請先開啟或新增專案。</translation>
    </message>
    <message>
        <source>An import is already running; wait or cancel it first.</source>
        <translation>已有匯入正在進行；請等候或先取消。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>Separating the vocal</source>
        <translation>正在分離人聲</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>正在分析</translation>
    </message>
    <message>
        <source>Import cancelled; files already copied stay in the project.</source>
        <translation>匯入已取消；已複製的檔案保留在專案中。</translation>
    </message>
    <message>
        <source>Add vocal recordings</source>
        <translation>加入人聲錄音</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.mp3 *.aif *.aiff *.opus);;All files (*)</source>
        <translation>音訊 (*.wav *.flac *.ogg *.mp3 *.aif *.aiff *.opus);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Add a folder of recordings</source>
        <translation>加入錄音資料夾</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>移除檔案</translation>
    </message>
    <message>
        <source>Remove %d file(s) and their segments from the project? Your original files are not touched.</source>
        <translation>從專案中移除 %d 個檔案及其片段？原始檔案不會被更動。</translation>
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
        <translation>將此檔案用於訓練</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>長度</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>取樣率</translation>
    </message>
    <message>
        <source>Ch</source>
        <translation>聲道</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>聲道數</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Peak level (dBFS)</source>
        <translation>峰值電平 (dBFS)</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>Integrated loudness (EBU R128)</source>
        <translation>整合響度 (EBU R128)</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>削波</translation>
    </message>
    <message>
        <source>Share of samples at full scale</source>
        <translation>達到滿刻度的取樣點比例</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>靜音</translation>
    </message>
    <message>
        <source>Share of 20 ms frames below -40 dBFS</source>
        <translation>低於 -40 dBFS 的 20 ms 影格所佔比例</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <source>Estimated noise floor (dBFS)</source>
        <translation>估計的背景雜訊電平 (dBFS)</translation>
    </message>
    <message>
        <source>SNR</source>
        <translation>訊噪比</translation>
    </message>
    <message>
        <source>Voice level above the noise floor</source>
        <translation>人聲電平高出背景雜訊的程度</translation>
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
        <translation>重複於</translation>
    </message>
    <message>
        <source>Near-duplicate recordings in the dataset</source>
        <translation>資料集中幾乎重複的錄音</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Exported training segments</source>
        <translation>已匯出的訓練片段</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why the file has a warning or an error</source>
        <translation>此檔案出現警告或錯誤的原因</translation>
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
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>診斷資訊</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>複製到剪貼簿(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the whole report, to paste into a bug report</source>
        <translation>複製完整報告，貼到錯誤回報中</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>再檢查一次(&amp;C)</translation>
    </message>
    <message>
        <source>log folder</source>
        <translation>記錄檔資料夾</translation>
    </message>
    <message>
        <source>Checking versions, libraries, the GPU and the weight files...</source>
        <translation>正在檢查版本、函式庫、GPU 和權重檔案……</translation>
    </message>
    <message>
        <source>The check stopped: %s</source>
        <translation>檢查已中止：%s</translation>
    </message>
    <message>
        <source>Paste this report into a bug report (Copy to clipboard).</source>
        <translation>請將此報告貼到錯誤回報中（「複製到剪貼簿」）。</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已複製到剪貼簿。</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message numerus="yes">
        <source>%n more error(s) since; see the log panel.</source>
        <translation>
            <numerusform>此後又發生 %n 個錯誤；請查看日誌面板。</numerusform>
        </translation>
    </message>
    <message>
        <source>svcdesk - error</source>
        <translation>svcdesk - 錯誤</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>default</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <source>Model files (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>模型檔 (*.pth *.pt *.safetensors);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>Try the demo (nothing to download)</source>
        <translation>試用示範（不需下載）</translation>
    </message>
    <message>
        <source>Convert songs with a voice model I have</source>
        <translation>用我已有的音色模型轉換歌曲</translation>
    </message>
    <message>
        <source>Train my own voice (40 kHz, recommended)</source>
        <translation>訓練我自己的音色（40 kHz，建議）</translation>
    </message>
    <message>
        <source>Train my own voice at 32 kHz</source>
        <translation>以 32 kHz 訓練我自己的音色</translation>
    </message>
    <message>
        <source>Train my own voice at 48 kHz</source>
        <translation>以 48 kHz 訓練我自己的音色</translation>
    </message>
    <message>
        <source>Make covers of whole songs (vocal separation)</source>
        <translation>為整首歌曲製作翻唱（人聲分離）</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>svcdesk user guide</source>
        <translation>svcdesk 使用指南</translation>
    </message>
    <message>
        <source>The user guide (resources/guide/index.md) is not installed.</source>
        <translation>未安裝使用指南（resources/guide/index.md）。</translation>
    </message>
</context>
<context>
    <name>JobErrors</name>
    <message>
        <source>Out of memory - close other programs or work with shorter files.</source>
        <translation>記憶體不足：請關閉其他程式，或處理較短的檔案。</translation>
    </message>
    <message>
        <source>Unexpected error ({0}: {1}). Details are in the log file.</source>
        <translation>非預期的錯誤（{0}：{1}）。詳細資訊請見記錄檔。</translation>
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
        <translation>音色庫</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Show the library folder in the file manager.</source>
        <translation>在檔案管理員中顯示音色庫資料夾。</translation>
    </message>
    <message>
        <source>Search by name, tag, source…</source>
        <translation>依名稱、標籤、來源搜尋…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>匯入檔案…</translation>
    </message>
    <message>
        <source>A .pth voice (with its .index), a zip as voices are shared, or a training checkpoint G_*.pth.</source>
        <translation>.pth 音色（及其 .index）、分享音色常用的 zip，或訓練檢查點 G_*.pth。</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>匯入資料夾…</translation>
    </message>
    <message>
        <source>Paste a link to a .zip or .pth…</source>
        <translation>貼上 .zip 或 .pth 的連結…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Drop voices here: .pth files, their .index, folders or zips as people share them. Your own runs&apos; voices join by themselves.</source>
        <translation>把音色拖到這裡：.pth 檔案及其 .index、資料夾，或大家分享的 zip。你自己訓練出的音色會自動加入。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Rename the voice, or change its tags and notes.</source>
        <translation>重新命名音色，或修改其標籤和備註。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合併…</translation>
    </message>
    <message>
        <source>Blend two voices of the same sample rate, version and pitch setting.</source>
        <translation>混合兩個取樣率、版本和音高設定都相同的音色。</translation>
    </message>
    <message>
        <source>Export zip…</source>
        <translation>匯出 zip…</translation>
    </message>
    <message>
        <source>A zip with the .pth and .index at the top, as RVC WebUI and Applio import it.</source>
        <translation>頂層包含 .pth 和 .index 的 zip，RVC WebUI 和 Applio 可直接匯入。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The library folder; move it in Tools &gt; Settings.</source>
        <translation>音色庫資料夾；可在「工具 &gt; 設定」中移動。</translation>
    </message>
    <message>
        <source>Not usable: %s</source>
        <translation>無法使用：%s</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>無法使用</translation>
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
            <numerusform>已選擇 %n 個音色。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a voice to see its details.</source>
        <translation>選擇一個音色以檢視詳情。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>with pitch</source>
        <translation>帶音高</translation>
    </message>
    <message>
        <source>no pitch</source>
        <translation>無音高</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數量</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>取樣率</translation>
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
        <translation>標籤</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Import voices</source>
        <translation>匯入音色</translation>
    </message>
    <message>
        <source>Voices (*.pth *.pt *.zip *.index);;All files (*)</source>
        <translation>音色 (*.pth *.pt *.zip *.index);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import the voices of a folder</source>
        <translation>匯入資料夾中的音色</translation>
    </message>
    <message>
        <source>Paste a link that starts with http:// or https://.</source>
        <translation>請貼上以 http:// 或 https:// 開頭的連結。</translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it.</source>
        <translation>正在匯入；請等待完成或取消。</translation>
    </message>
    <message>
        <source>Importing %s…</source>
        <translation>正在匯入 %s…</translation>
    </message>
    <message>
        <source>Imported %s.</source>
        <translation>已匯入 %s。</translation>
    </message>
    <message>
        <source>Already in the library: %s.</source>
        <translation>已在音色庫中：%s。</translation>
    </message>
    <message>
        <source>Not imported: %s</source>
        <translation>未匯入：%s</translation>
    </message>
    <message>
        <source>Which model is it?</source>
        <translation>這是哪種模型？</translation>
    </message>
    <message>
        <source>%s fits several RVC models. Its sample rate:</source>
        <translation>%s 與多種 RVC 模型相符。它的取樣率：</translation>
    </message>
    <message>
        <source>Was it trained with pitch guidance (most singing voices are)?</source>
        <translation>它是用音高引導訓練的嗎（大多數歌聲模型都是）？</translation>
    </message>
    <message>
        <source>Not changed: %s</source>
        <translation>未變更：%s</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>已儲存 %s。</translation>
    </message>
    <message>
        <source>Delete voices</source>
        <translation>刪除音色</translation>
    </message>
    <message>
        <source>Delete %s? The voice folders go to the system trash, where there is one.</source>
        <translation>刪除 %s？音色資料夾會移到系統資源回收筒（如有）。</translation>
    </message>
    <message>
        <source>There is no system trash here. Delete %s permanently?</source>
        <translation>這裡沒有系統資源回收筒。要永久刪除 %s 嗎？</translation>
    </message>
    <message>
        <source>Not deleted: %s</source>
        <translation>未刪除：%s</translation>
    </message>
    <message>
        <source>Deleted %s.</source>
        <translation>已刪除 %s。</translation>
    </message>
    <message>
        <source>Merged into the new voice %s.</source>
        <translation>已合併為新音色 %s。</translation>
    </message>
    <message>
        <source>Export the voice</source>
        <translation>匯出音色</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>Exporting %s…</source>
        <translation>正在匯出 %s…</translation>
    </message>
    <message>
        <source>Wrote %s (%s).</source>
        <translation>已寫入 %s（%s）。</translation>
    </message>
    <message>
        <source>Not exported: %s</source>
        <translation>未匯出：%s</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消；未新增任何內容。</translation>
    </message>
    <message>
        <source>The library needs two voices.</source>
        <translation>音色庫需要兩個音色。</translation>
    </message>
</context>
<context>
    <name>LibraryVoiceCombo</name>
    <message>
        <source>Search the voice library…</source>
        <translation>搜尋音色庫…</translation>
    </message>
    <message>
        <source>A voice from the voice library; type to search by name or tag.</source>
        <translation>音色庫中的音色；輸入名稱或標籤即可搜尋。</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <source>Averages neighbouring points so the trend is easier to see. Only the display changes.</source>
        <translation>對相鄰資料點取平均，讓趨勢更容易看清。只影響顯示。</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>對數刻度</translation>
    </message>
    <message>
        <source>Show the vertical axis in powers of ten, for values that span decades.</source>
        <translation>縱軸以 10 的冪次顯示，適合跨越多個數量級的數值。</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Show or hide this curve.</source>
        <translation>顯示或隱藏此曲線。</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Info and above</source>
        <translation>資訊及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告與錯誤</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>僅錯誤</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>開啟日誌資料夾</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Weight files...</source>
        <translation>權重檔...</translation>
    </message>
    <message>
        <source>Welcome...</source>
        <translation>歡迎...</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>設定...</translation>
    </message>
    <message>
        <source>Diagnostics...</source>
        <translation>診斷資訊…</translation>
    </message>
    <message>
        <source>%s (coming)</source>
        <translation>%s（即將推出）</translation>
    </message>
    <message>
        <source>This page arrives in a later version of svcdesk.</source>
        <translation>此頁面將在 svcdesk 的後續版本中提供。</translation>
    </message>
    <message>
        <source>Loading %s...</source>
        <translation>正在載入%s...</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日誌</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>未開啟專案</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New project...</source>
        <translation>新增專案(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open project...</source>
        <translation>開啟專案(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>開啟示範專案(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Log panel</source>
        <translation>日誌面板(&amp;L)</translation>
    </message>
    <message>
        <source>Audio &amp;output device</source>
        <translation>音訊輸出裝置(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>開啟日誌資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About svcdesk</source>
        <translation>關於 svcdesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>This page failed to load: %s
See the log panel for details.</source>
        <translation>此頁面載入失敗：%s
詳細資訊請查看日誌面板。</translation>
    </message>
    <message>
        <source>This window failed to open: %s</source>
        <translation>此視窗開啟失敗：%s</translation>
    </message>
    <message>
        <source>Open project folder</source>
        <translation>開啟專案資料夾</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除清單</translation>
    </message>
    <message>
        <source>Project: %s</source>
        <translation>專案：%s</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>(no output devices found)</source>
        <translation>（找不到輸出裝置）</translation>
    </message>
    <message>
        <source>Audio output: %s</source>
        <translation>音訊輸出：%s</translation>
    </message>
    <message>
        <source>system default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>About svcdesk</source>
        <translation>關於 svcdesk</translation>
    </message>
    <message>
        <source>svcdesk - a desktop studio for singing-voice conversion, compatible with RVC v2 model files.

The demo project&apos;s voice is synthetic.</source>
        <translation>svcdesk - 歌聲轉換桌面工作室，相容 RVC v2 模型檔。

示範專案中的歌聲為合成。</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>Slicer</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>轉換</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>音色庫</translation>
    </message>
</context>
<context>
    <name>MergeVoicesDialog</name>
    <message>
        <source>Merge voices</source>
        <translation>合併音色</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>試聽</translation>
    </message>
    <message>
        <source>Hear a short fixed clip sung by the merge at this share.</source>
        <translation>用此占比的合併音色試聽一段固定的短片段。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
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
        <translation>新名稱：</translation>
    </message>
    <message>
        <source>The library needs two voices to merge.</source>
        <translation>音色庫需要兩個音色才能合併。</translation>
    </message>
    <message>
        <source>Choose two different voices.</source>
        <translation>請選擇兩個不同的音色。</translation>
    </message>
    <message>
        <source>These two cannot be merged: A is %s and B is %s; both must have the same sample rate, version and pitch setting.</source>
        <translation>這兩個無法合併：A 是 %s，B 是 %s；兩者的取樣率、版本和音高設定必須相同。</translation>
    </message>
    <message>
        <source>%1% %2 + %3% %4</source>
        <translation>%1% %2 + %3% %4</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>正在算繪試聽…</translation>
    </message>
    <message>
        <source> (from the cache)</source>
        <translation>（來自快取）</translation>
    </message>
    <message>
        <source>Preview at %1% A%2.</source>
        <translation>試聽：A 占 %1%%2。</translation>
    </message>
    <message>
        <source>Merged: %s joined the library.</source>
        <translation>已合併：%s 已加入音色庫。</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合併…</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新增專案</translation>
    </message>
    <message>
        <source>My voice</source>
        <translation>我的聲音</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>瀏覽...</translation>
    </message>
    <message>
        <source>The model&apos;s sample rate. 40 kHz is the usual choice; use 48 kHz only when all your recordings are 48 kHz or higher.</source>
        <translation>模型的取樣率。通常選 40 kHz；只有當你所有的錄音都在 48 kHz 或以上時才用 48 kHz。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>取樣率</translation>
    </message>
    <message>
        <source>%s already exists and is not empty</source>
        <translation>%s 已存在且不是空的</translation>
    </message>
    <message>
        <source>Creates %s</source>
        <translation>將建立 %s</translation>
    </message>
    <message>
        <source>Where to create the project</source>
        <translation>專案的建立位置</translation>
    </message>
</context>
<context>
    <name>PitchMethodCombo</name>
    <message>
        <source>Default: {0}</source>
        <translation>預設：{0}</translation>
    </message>
</context>
<context>
    <name>PlayableFileList</name>
    <message>
        <source>Click an entry to listen to it.</source>
        <translation>按一下項目即可試聽。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language (%s)</source>
        <translation>系統語言（%s）</translation>
    </message>
    <message>
        <source>A new language applies when svcdesk restarts.</source>
        <translation>新的語言將在 svcdesk 重新啟動後生效。</translation>
    </message>
    <message>
        <source>Where the voice library keeps its voices (one folder each).</source>
        <translation>音色庫存放音色的位置（每個音色一個資料夾）。</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>變更…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Voice library:</source>
        <translation>音色庫：</translation>
    </message>
    <message>
        <source>Folder of the voice library</source>
        <translation>音色庫資料夾</translation>
    </message>
    <message>
        <source>Move the voice library</source>
        <translation>移動音色庫</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n voice(s) of the library to %1?</source>
        <translation>
            <numerusform>把音色庫中的 %n 個音色移到 %1？</numerusform>
        </translation>
    </message>
    <message>
        <source>The voice library could not be moved: %s</source>
        <translation>無法移動音色庫：%s</translation>
    </message>
    <message>
        <source>The voice library is in %s.</source>
        <translation>音色庫位於 %s。</translation>
    </message>
    <message>
        <source>Moving the voice library to %s…</source>
        <translation>正在把音色庫移到 %s…</translation>
    </message>
    <message>
        <source>Restart svcdesk</source>
        <translation>重新啟動 svcdesk</translation>
    </message>
    <message>
        <source>Restart svcdesk now to use the new language? Running jobs are stopped; otherwise the language changes the next time svcdesk starts.</source>
        <translation>現在重新啟動 svcdesk 以使用新的語言嗎？執行中的工作會被停止；否則語言將在下次啟動 svcdesk 時變更。</translation>
    </message>
</context>
<context>
    <name>SlicerControls</name>
    <message>
        <source>Threshold</source>
        <translation>靜音臨界值</translation>
    </message>
    <message>
        <source>Frames quieter than this count as silence. Raise it (e.g. -35) for noisy recordings.</source>
        <translation>比此值更安靜的影格視為靜音。錄音雜訊較大時請調高（例如 -35）。</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>最短長度</translation>
    </message>
    <message>
        <source>Shorter pieces join a neighbour or are left out.</source>
        <translation>更短的部分會併入相鄰片段或被捨棄。</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>最長長度</translation>
    </message>
    <message>
        <source>Longer stretches are split at their quietest points.</source>
        <translation>更長的段落會在最安靜處切開。</translation>
    </message>
    <message>
        <source>Target length</source>
        <translation>目標長度</translation>
    </message>
    <message>
        <source>Preferred length when a long stretch is split.</source>
        <translation>切分長段落時優先採用的長度。</translation>
    </message>
    <message>
        <source>Min silence</source>
        <translation>最短靜音</translation>
    </message>
    <message>
        <source>A pause shorter than this is never a cut.</source>
        <translation>短於此值的停頓不會被切開。</translation>
    </message>
    <message>
        <source>Silence kept</source>
        <translation>保留靜音</translation>
    </message>
    <message>
        <source>Silence left at each end of a segment.</source>
        <translation>片段兩端保留的靜音長度。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不處理</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Loudness (LUFS)</source>
        <translation>響度 (LUFS)</translation>
    </message>
    <message>
        <source>Slicing</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Voice conversion models train best on 5-15 s segments.</source>
        <translation>聲音轉換模型用 5-15 秒的片段訓練效果最好。</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>預設集</translation>
    </message>
    <message>
        <source>High-pass at 48 Hz</source>
        <translation>48 Hz 高通濾波</translation>
    </message>
    <message>
        <source>Removes rumble and DC offset, as RVC does before training.</source>
        <translation>去除低頻隆隆聲與直流偏移，與 RVC 訓練前的處理相同。</translation>
    </message>
    <message>
        <source>Normalise</source>
        <translation>音量正規化</translation>
    </message>
    <message>
        <source>Voice conversion 5-15 s</source>
        <translation>聲音轉換 5-15 秒</translation>
    </message>
    <message>
        <source>Long context ~30 s</source>
        <translation>長上下文 約 30 秒</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
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
        <translation>切分此檔案</translation>
    </message>
    <message>
        <source>Slice all</source>
        <translation>全部切分</translation>
    </message>
    <message>
        <source>Export the segments of every included file to the project</source>
        <translation>將所有已包含檔案的片段匯出至專案</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>threshold {value:.0f} dB</source>
        <translation>臨界值 {value:.0f} dB</translation>
    </message>
    <message>
        <source>Drag to change the silence threshold</source>
        <translation>拖曳以變更靜音臨界值</translation>
    </message>
    <message>
        <source>segment length</source>
        <translation>片段長度</translation>
    </message>
    <message>
        <source>Segment lengths</source>
        <translation>片段長度分布</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play the selected segment, or the view from the cursor (Space)</source>
        <translation>播放所選片段，或從游標處播放目前檢視（空白鍵）</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Leave the selected segment out of training (or take it back)</source>
        <translation>不讓所選片段參與訓練（或重新納入）</translation>
    </message>
    <message>
        <source>Split at cursor</source>
        <translation>在游標處分割</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>與下一段合併</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>加入片段</translation>
    </message>
    <message>
        <source>Add a segment over the part of the file in view</source>
        <translation>在目前檢視中的檔案部分上加入片段</translation>
    </message>
    <message>
        <source>Reset edits</source>
        <translation>重設編輯</translation>
    </message>
    <message>
        <source>Forget hand edits; the cuts follow the parameters again</source>
        <translation>捨棄手動編輯；切點重新依照參數</translation>
    </message>
    <message>
        <source> (excluded)</source>
        <translation>（已排除）</translation>
    </message>
    <message>
        <source>No audio in this project yet: import vocals on the Dataset page.</source>
        <translation>此專案尚無音訊：請在「資料集」頁面匯入人聲。</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>未開啟專案。</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>正在載入...</translation>
    </message>
    <message>
        <source>Loading: %s...</source>
        <translation>正在載入：%s...</translation>
    </message>
    <message>
        <source>%d segments, %s kept</source>
        <translation>%d 個片段，保留 %s</translation>
    </message>
    <message>
        <source>, %s left out (too short)</source>
        <translation>，捨棄 %s（太短）</translation>
    </message>
    <message>
        <source>, %d excluded</source>
        <translation>，排除 %d 個</translation>
    </message>
    <message>
        <source>&lt;i&gt;Edited by hand: the parameters no longer move these cuts.&lt;/i&gt;</source>
        <translation>&lt;i&gt;已手動編輯：參數不再影響這些切點。&lt;/i&gt;</translation>
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
        <translation>切分已取消；已切分的檔案保留新的片段。</translation>
    </message>
    <message>
        <source>Sliced %d file(s) into %d segments</source>
        <translation>已將 %d 個檔案切分為 %d 個片段</translation>
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
        <translation>輸入</translation>
    </message>
    <message>
        <source>Vocal only</source>
        <translation>僅人聲</translation>
    </message>
    <message>
        <source>Song (mix)</source>
        <translation>整首歌曲（混音）</translation>
    </message>
    <message>
        <source>Vocal only: the file is a dry vocal. Song (mix): a finished song; the vocal is separated from the music, converted, and put back over the music as a cover.</source>
        <translation>僅人聲：檔案是乾聲。整首歌曲（混音）：一首完成的歌曲；人聲會先從音樂中分離出來、轉換，再放回音樂之上，成為一首翻唱。</translation>
    </message>
    <message>
        <source>Mel-Band RoFormer (faster)</source>
        <translation>Mel-Band RoFormer（較快）</translation>
    </message>
    <message>
        <source>BS-RoFormer (larger, slower)</source>
        <translation>BS-RoFormer（更大、更慢）</translation>
    </message>
    <message>
        <source>The network that takes the vocal out of the song. Its weights are downloaded once (Tools &gt; Weight files); a song is separated once and reused for every voice.</source>
        <translation>把人聲從歌曲中取出的網路。它的權重只需下載一次（工具 &gt; 權重檔案）；一首歌只分離一次，所有聲音模型共用。</translation>
    </message>
    <message>
        <source>Lead vocal only</source>
        <translation>僅主唱</translation>
    </message>
    <message>
        <source>Backing vocals stay in the music, so only the lead singer is converted.</source>
        <translation>和聲留在音樂裡，只轉換主唱。</translation>
    </message>
    <message>
        <source>Remove reverb</source>
        <translation>去除混響</translation>
    </message>
    <message>
        <source>Takes the room and echo off the vocal before it is converted.</source>
        <translation>在轉換之前去掉人聲上的房間聲和回聲。</translation>
    </message>
    <message>
        <source>Transpose the music too</source>
        <translation>伴奏也移調</translation>
    </message>
    <message>
        <source>Moves the accompaniment by the same semitones as the voice, so the cover stays in tune in the new key. Only when the transpose is not a whole octave (an octave keeps the key). Off by default: shifted music sounds slightly processed.</source>
        <translation>把伴奏移動與人聲相同的半音數，讓翻唱在新調上依然和諧。僅在移調不是整八度時生效（整八度不改變調性）。預設關閉：移調後的音樂聽起來略有處理痕跡。</translation>
    </message>
    <message>
        <source>The converted vocal&apos;s level against the music, in dB.</source>
        <translation>轉換後人聲相對音樂的音量，單位 dB。</translation>
    </message>
    <message>
        <source>The music&apos;s level, in dB.</source>
        <translation>音樂的音量，單位 dB。</translation>
    </message>
    <message>
        <source>Source is</source>
        <translation>來源是</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>分離器</translation>
    </message>
    <message>
        <source>Vocal level</source>
        <translation>人聲音量</translation>
    </message>
    <message>
        <source>Music level</source>
        <translation>音樂音量</translation>
    </message>
    <message>
        <source>3  Separated</source>
        <translation>3  分離人聲</translation>
    </message>
    <message>
        <source>4  Cover</source>
        <translation>4  翻唱</translation>
    </message>
    <message>
        <source>Hear this one from the same position (key {0}).</source>
        <translation>從同一位置試聽這一條（按鍵 {0}）。</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>use</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Untick to keep your own value for this setting.</source>
        <translation>取消勾選以保留你自己為此設定指定的值。</translation>
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
        <translation>示範專案：使用替代內容編碼器與微型模型訓練，用來展示訓練過程。訓練結果不是可用的音色。</translation>
    </message>
    <message>
        <source>The folder under runs/ that holds this run&apos;s checkpoints, curves and previews.</source>
        <translation>runs/ 下存放此次訓練的檢查點、曲線與預覽的資料夾。</translation>
    </message>
    <message>
        <source>Continue this run from its last checkpoint</source>
        <translation>從最後一個檢查點繼續此次訓練</translation>
    </message>
    <message>
        <source>Picks up exactly where the run stopped: nothing is repeated or skipped.</source>
        <translation>從訓練停止之處精確繼續：不會重複也不會略過。</translation>
    </message>
    <message>
        <source>Suggest settings again</source>
        <translation>重新建議設定</translation>
    </message>
    <message>
        <source>Ask the advisor again after the dataset changed.</source>
        <translation>資料集變更後再次取得設定建議。</translation>
    </message>
    <message>
        <source>Suggested settings</source>
        <translation>建議的設定</translation>
    </message>
    <message>
        <source>Advanced: every training setting</source>
        <translation>進階：所有訓練設定</translation>
    </message>
    <message>
        <source>&lt;b&gt;Feature extraction&lt;/b&gt;</source>
        <translation>&lt;b&gt;特徵擷取&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use the demonstration content encoder</source>
        <translation>使用示範內容編碼器</translation>
    </message>
    <message>
        <source>Trains without the ContentVec weights, using a stand-in encoder. Only for trying the app: the voice it learns is not usable.</source>
        <translation>不使用 ContentVec 權重，改用替代編碼器訓練。僅供試用本軟體：學到的音色無法使用。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>開始訓練</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stops after the current step and saves a checkpoint.</source>
        <translation>在目前這一步結束後停止並儲存檢查點。</translation>
    </message>
    <message>
        <source>Compare checkpoints</source>
        <translation>比較檢查點</translation>
    </message>
    <message>
        <source>Listen to this run&apos;s checkpoints side by side.</source>
        <translation>並排試聽此次訓練的各個檢查點。</translation>
    </message>
    <message>
        <source>An earlier run of this project.</source>
        <translation>此專案先前的一次訓練。</translation>
    </message>
    <message>
        <source>Overlay curves</source>
        <translation>疊加曲線</translation>
    </message>
    <message>
        <source>Draw that run&apos;s curves, dimmed, under the current ones.</source>
        <translation>在目前曲線下方以淡色繪製該次訓練的曲線。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>訓練紀錄</translation>
    </message>
    <message>
        <source>Change it under Advanced: every training setting.</source>
        <translation>可在「進階：所有訓練設定」中變更。</translation>
    </message>
    <message>
        <source>Free space on the drive that holds the project, and how many checkpoints of this run fit on it.</source>
        <translation>專案所在磁碟的剩餘空間，以及還能存下本次訓練的多少個檢查點。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;先前的訓練&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;警告&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Previews&lt;/b&gt; (click to listen)</source>
        <translation>&lt;b&gt;預覽&lt;/b&gt;（按一下試聽）</translation>
    </message>
    <message>
        <source>Train: {0}</source>
        <translation>訓練：{0}</translation>
    </message>
    <message>
        <source>Train: open a project first</source>
        <translation>訓練：請先開啟專案</translation>
    </message>
    <message>
        <source>Pitch method {0}</source>
        <translation>音高方法 {0}</translation>
    </message>
    <message>
        <source>Looking at your dataset and this computer…</source>
        <translation>正在分析你的資料集與這台電腦…</translation>
    </message>
    <message>
        <source>No suggestions: {0}</source>
        <translation>沒有建議：{0}</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>請先開啟或新增專案。</translation>
    </message>
    <message>
        <source>The run &apos;{0}&apos; exists already. Continue it from its last checkpoint?</source>
        <translation>訓練紀錄「{0}」已存在。要從其最後一個檢查點繼續嗎？</translation>
    </message>
    <message>
        <source>Pausing after this step…</source>
        <translation>將在這一步結束後暫停…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>正在訓練…</translation>
    </message>
    <message>
        <source>Paused. Resume to continue, or Stop to save and end.</source>
        <translation>已暫停。按「繼續」恢復訓練，或按「停止」儲存並結束。</translation>
    </message>
    <message>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>將在這一步結束後停止並儲存檢查點…</translation>
    </message>
    <message>
        <source>Free space on {0}: {1}</source>
        <translation>{0} 剩餘空間：{1}</translation>
    </message>
    <message>
        <source> (about {0} checkpoints of {1})</source>
        <translation>（約可存 {0} 個檢查點，每個 {1}）</translation>
    </message>
    <message>
        <source> - fewer than {0} checkpoints fit: free some space before the run needs it</source>
        <translation> - 可存的檢查點少於 {0} 個：請在訓練需要之前騰出空間</translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation>第 {0} 步：{1}</translation>
    </message>
    <message>
        <source>Training stopped: {0}</source>
        <translation>訓練已停止：{0}</translation>
    </message>
    <message>
        <source>Training finished at step {0}.</source>
        <translation>訓練在第 {0} 步完成。</translation>
    </message>
    <message>
        <source>Stopped early at step {0}: the validation loss stopped improving.</source>
        <translation>在第 {0} 步提前停止：驗證損失不再改善。</translation>
    </message>
    <message>
        <source>Stopped at step {0}: the loss kept becoming NaN.</source>
        <translation>在第 {0} 步停止：損失一再變成 NaN。</translation>
    </message>
    <message>
        <source>Ended at step {0}.</source>
        <translation>在第 {0} 步結束。</translation>
    </message>
    <message>
        <source>Stopped. The last checkpoint is saved; tick &apos;Continue&apos; to go on.</source>
        <translation>已停止。最後一個檢查點已儲存；勾選「繼續」即可接著訓練。</translation>
    </message>
</context>
<context>
    <name>TrainingDashboard</name>
    <message>
        <source>Losses</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>梯度範數</translation>
    </message>
    <message>
        <source>Validation mel loss</source>
        <translation>驗證集 Mel 損失</translation>
    </message>
    <message>
        <source>Epoch –</source>
        <translation>輪次 –</translation>
    </message>
    <message>
        <source>Step –</source>
        <translation>步數 –</translation>
    </message>
    <message>
        <source>– samples/s</source>
        <translation>– 樣本/秒</translation>
    </message>
    <message>
        <source>ETA –</source>
        <translation>剩餘時間 –</translation>
    </message>
    <message>
        <source>Memory –</source>
        <translation>記憶體 –</translation>
    </message>
    <message>
        <source>best val {0:.4f}</source>
        <translation>最佳驗證 {0:.4f}</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>第 %v / %m 步</translation>
    </message>
    <message>
        <source>Training on {0} ({1}), batch {2}, {3} training and {4} validation clips</source>
        <translation>在 {0}（{1}）上訓練，批次大小 {2}，{3} 個訓練片段與 {4} 個驗證片段</translation>
    </message>
    <message>
        <source>no validation: too few clips to hold any out</source>
        <translation>沒有驗證：片段太少，無法留出驗證集</translation>
    </message>
    <message>
        <source>first validation at step {0:,}</source>
        <translation>首次驗證在第 {0:,} 步</translation>
    </message>
    <message>
        <source>Saved checkpoint at step {0}</source>
        <translation>已在第 {0} 步儲存檢查點</translation>
    </message>
    <message>
        <source>Epoch {0}</source>
        <translation>第 {0} 輪</translation>
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
        <translation>{0:.1f} 樣本/秒</translation>
    </message>
    <message>
        <source>ETA {0}</source>
        <translation>剩餘時間 {0}</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暫停（空白鍵）</translation>
    </message>
    <message>
        <source>Stop and go back to the start</source>
        <translation>停止並回到開頭</translation>
    </message>
    <message>
        <source>Loop selection</source>
        <translation>循環播放選取範圍</translation>
    </message>
    <message>
        <source>Drag across the waveform to select a passage; it then repeats.</source>
        <translation>在波形上拖曳以選取一段，之後會循環播放。</translation>
    </message>
    <message>
        <source>Where the sound goes</source>
        <translation>聲音從哪裡輸出</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
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
        <translation>編輯 %s</translation>
    </message>
    <message>
        <source>comma-separated, e.g. female, soft, 48k</source>
        <translation>以逗號分隔，例如 female, soft, 48k</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
</context>
<context>
    <name>WaveformF0View</name>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Pitch (Hz)</source>
        <translation>音高 (Hz)</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>轉換結果</translation>
    </message>
    <message>
        <source>pitch: solid = source</source>
        <translation>音高：實線 = 來源</translation>
    </message>
    <message>
        <source>, dashed = after transpose</source>
        <translation>，虛線 = 移調後</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to svcdesk</source>
        <translation>歡迎使用 svcdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to svcdesk&lt;/h2&gt;&lt;p&gt;Record yourself singing, train a voice model, and sing any song in that voice. Where would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;歡迎使用 svcdesk&lt;/h2&gt;&lt;p&gt;錄下你自己的歌聲，訓練一個音色模型，然後用這個音色演唱任何歌曲。你想從哪裡開始？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>開啟示範專案</translation>
    </message>
    <message>
        <source>A synthetic singer, ready to train and convert on the CPU in a few minutes. Nothing to download; its results are a demonstration only.</source>
        <translation>一位合成歌手，可在幾分鐘內用 CPU 完成訓練與轉換。不需下載；其結果僅供示範。</translation>
    </message>
    <message>
        <source>Create a project from my vocals</source>
        <translation>用我的人聲新增專案</translation>
    </message>
    <message>
        <source>Import your recordings (10 minutes at least, 20-60 minutes is good), slice them, train.</source>
        <translation>匯入你的錄音（至少 10 分鐘，20-60 分鐘較好），切片，然後訓練。</translation>
    </message>
    <message>
        <source>Open a project...</source>
        <translation>開啟專案...</translation>
    </message>
    <message>
        <source>Continue with a project folder you already have.</source>
        <translation>繼續使用你已有的專案資料夾。</translation>
    </message>
    <message>
        <source>Weight files for your goal</source>
        <translation>達成你的目標所需的權重檔</translation>
    </message>
    <message>
        <source>Get the weight files...</source>
        <translation>取得權重檔...</translation>
    </message>
    <message>
        <source>I want to:</source>
        <translation>我想要：</translation>
    </message>
    <message>
        <source>You can open this window again from Help &gt; Welcome.</source>
        <translation>你可以從「說明 &gt; 歡迎」再次開啟此視窗。</translation>
    </message>
    <message>
        <source>No weight files needed.</source>
        <translation>不需要權重檔。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>%d files, %s in all; %s to download.</source>
        <translation>%d 個檔案，共 %s；需下載 %s。</translation>
    </message>
    <message>
        <source>All %d files are ready (%s).</source>
        <translation>全部 %d 個檔案皆已就緒（%s）。</translation>
    </message>
</context>
</TS>
