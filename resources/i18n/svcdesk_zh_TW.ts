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
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Audio output failed: %s. Choose another output device in Settings.</source>
        <translation>音訊輸出失敗：%s。請在設定中選擇其他輸出裝置。</translation>
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
        <source>How far the sung melody strays from the requested one, in cents (100 = a semitone); lower is better</source>
        <translation>演唱旋律偏離目標旋律的程度，單位為音分（100 = 一個半音）；越低越好</translation>
    </message>
    <message>
        <source>Share of moments where output and source agree on singing vs silence; higher is better</source>
        <translation>輸出與來源在「演唱/靜音」判斷上一致的時間比例；越高越好</translation>
    </message>
    <message>
        <source>How much the render sounds like the training recordings (speaker embedding); higher is better</source>
        <translation>產生結果與訓練錄音的聲音相似程度（說話者嵌入）；越高越好</translation>
    </message>
    <message>
        <source>The run&apos;s validation mel loss at that step; lower is better</source>
        <translation>該訓練在此步的驗證 Mel 損失；越低越好</translation>
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
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
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
        <source>Exporting {0}…</source>
        <translation>正在匯出 {0}…</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>匯出失敗：{0}</translation>
    </message>
    <message>
        <source> and {0}</source>
        <translation> 及 {0}</translation>
    </message>
    <message>
        <source>Exported {0}{1} to the project&apos;s exports folder.</source>
        <translation>已將 {0}{1} 匯出至專案的匯出資料夾。</translation>
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
        <source>A vocal without music works best (separate it first if needed).</source>
        <translation>不含伴奏的人聲效果最好（如有需要請先分離）。</translation>
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
        <source>(no index)</source>
        <translation>無索引</translation>
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
        <source>Drop vocal recordings or folders here (WAV, FLAC, OGG, MP3).
Dry solo vocals work best: no music, no reverb.</source>
        <translation>將人聲錄音或資料夾拖放到這裡（WAV、FLAC、OGG、MP3）。
乾聲獨唱效果最好：無伴奏、無殘響。</translation>
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
        <source>%d files (%s)  ·  %d included (%s)  ·  %d segments (%s)</source>
        <translation>%d 個檔案（%s） · 包含 %d 個（%s） · %d 個片段（%s）</translation>
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
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Language:</source>
        <translation>語言：</translation>
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
        <source>step {0}  ·  val {1:.3f}</source>
        <translation>第 {0} 步  ·  驗證 {1:.3f}</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>第 {0} 步</translation>
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
