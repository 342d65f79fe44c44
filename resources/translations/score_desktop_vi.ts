<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SCORE Desktop</source>
        <translation>Giới thiệu SCORE Desktop</translation>
    </message>
    <message>
        <source>For consultants of the ILO SCORE programme: enterprises, visits, floor plans, hazards, improvement plans and reports, offline.</source>
        <translation>Dành cho chuyên gia tư vấn của chương trình SCORE của ILO: doanh nghiệp, chuyến thăm, sơ đồ mặt bằng, mối nguy, kế hoạch cải tiến và báo cáo, không cần mạng.</translation>
    </message>
    <message>
        <source>unknown (the bundle&apos;s build record is missing)</source>
        <translation>không rõ (thiếu thông tin bản dựng của ứng dụng)</translation>
    </message>
    <message>
        <source>run from source</source>
        <translation>chạy từ mã nguồn</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Bản dựng</translation>
    </message>
    <message>
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Không gian làm việc</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>chưa mở</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Sao chép thông tin chẩn đoán</translation>
    </message>
    <message>
        <source>Versions, platform, report fonts and recent errors, for a support request. No names, paths or records.</source>
        <translation>Phiên bản, nền tảng, phông chữ báo cáo và các lỗi gần đây, để gửi yêu cầu hỗ trợ. Không có tên, đường dẫn hay bản ghi.</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into your message.</source>
        <translation>Đã sao chép thông tin chẩn đoán: hãy dán vào tin nhắn của bạn.</translation>
    </message>
</context>
<context>
    <name>AnswerPhotos</name>
    <message>
        <source>(damaged)</source>
        <translation>(bị hỏng)</translation>
    </message>
    <message>
        <source>Drop photos here to add them to this answer</source>
        <translation>Thả ảnh vào đây để thêm vào câu trả lời này</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <source>From the gallery…</source>
        <translation>Từ thư viện ảnh…</translation>
    </message>
    <message>
        <source>Remove from answer</source>
        <translation>Gỡ khỏi câu trả lời</translation>
    </message>
    <message>
        <source>Photos on “%1”</source>
        <translation>Ảnh cho “%1”</translation>
    </message>
</context>
<context>
    <name>Arrangement</name>
    <message>
        <source>Bring to front</source>
        <translation>Đưa lên trên cùng</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Đưa xuống dưới cùng</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Dịch chuyển</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Căn chỉnh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
</context>
<context>
    <name>BandsDialog</name>
    <message>
        <source>Risk bands</source>
        <translation>Các mức rủi ro</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (tùy chỉnh)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Up to (score)</source>
        <translation>Đến (điểm)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>(no limit)</source>
        <translation>(không giới hạn)</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Tên hồ sơ:</translation>
    </message>
    <message>
        <source>Factors stay those of %1; bands are checked from the top: a score up to each limit takes that band.</source>
        <translation>Các yếu tố vẫn là của %1; các mức được xét từ trên xuống: điểm đến mỗi giới hạn thuộc mức đó.</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Màu của mức</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” không phải là số.</translation>
    </message>
</context>
<context>
    <name>BaselinePanel</name>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Thực hành tốt</translation>
    </message>
    <message>
        <source>In place at baseline</source>
        <translation>Đã có tại đường cơ sở</translation>
    </message>
    <message>
        <source>— not asked —</source>
        <translation>— chưa hỏi —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>Thêm câu hỏi…</translation>
    </message>
    <message>
        <source>A good practice your programme asks about, for every enterprise</source>
        <translation>Một thực hành tốt mà chương trình của bạn hỏi ở mọi doanh nghiệp</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Cũ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Baseline corrections</source>
        <translation>Điều chỉnh đường cơ sở</translation>
    </message>
    <message>
        <source>Add good-practice question</source>
        <translation>Thêm câu hỏi về thực hành tốt</translation>
    </message>
    <message>
        <source>%1 of %2 good practices in place (%3 answered).</source>
        <translation>%1 trên %2 thực hành tốt đã có (%3 đã trả lời).</translation>
    </message>
    <message>
        <source>Baseline survey answer</source>
        <translation>Câu trả lời khảo sát đường cơ sở</translation>
    </message>
</context>
<context>
    <name>BoxTool</name>
    <message>
        <source>Drag the footprint, or click to place a standard size; type a size first (2.5x1.2) to place that.</source>
        <translation>Kéo để vẽ diện tích chiếm chỗ, hoặc nhấp để đặt kích thước chuẩn; gõ kích thước trước (2,5x1,2) để đặt theo kích thước đó.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máy</translation>
    </message>
</context>
<context>
    <name>CalibrateTool</name>
    <message>
        <source>Drag along a length you know (a wall, a door), then type it in metres.</source>
        <translation>Kéo dọc theo một chiều dài đã biết (bức tường, cửa ra vào), rồi nhập số mét.</translation>
    </message>
    <message>
        <source>Calibrate scale</source>
        <translation>Hiệu chỉnh tỷ lệ</translation>
    </message>
    <message>
        <source>Real length of the line, in metres:</source>
        <translation>Chiều dài thực của đường, tính bằng mét:</translation>
    </message>
    <message>
        <source>Scale set: %1 m per unit</source>
        <translation>Đã đặt tỷ lệ: %1 m mỗi đơn vị</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Hazard categories</source>
        <translation>Loại mối nguy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>NR-5 group</source>
        <translation>Nhóm NR-5</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Thêm loại</translation>
    </message>
    <message>
        <source>Double-click a colour to change it. Categories in use cannot be removed; rename them instead.</source>
        <translation>Nhấp đúp vào màu để đổi. Không thể xóa loại đang được dùng; hãy đổi tên.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Loại mới</translation>
    </message>
</context>
<context>
    <name>CellFilter</name>
    <message>
        <source>Show the hazards of every cell (Esc)</source>
        <translation>Hiện mối nguy của mọi ô (Esc)</translation>
    </message>
    <message>
        <source>%1 %2 × %3 %4</source>
        <comment>a risk-matrix cell: factor, level, factor, level</comment>
        <translation>%1 %2 × %3 %4</translation>
    </message>
    <message>
        <source>Matrix cell filter: %1</source>
        <translation>Lọc theo ô ma trận: %1</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>Export chart…</source>
        <translation>Xuất biểu đồ…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Ảnh PNG (*.png);;Bản vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>cơ sở %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>mục tiêu %1</translation>
    </message>
</context>
<context>
    <name>CommentActions</name>
    <message>
        <source>Select a hazard, an EIP project, a visit or a plan to see its comments.</source>
        <translation>Chọn một mối nguy, dự án EIP, lần thăm hoặc sơ đồ để xem bình luận.</translation>
    </message>
</context>
<context>
    <name>CommentThreadDialog</name>
    <message>
        <source>Comments — %1</source>
        <translation>Bình luận — %1</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Chưa có bình luận.</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Viết bình luận…</translation>
    </message>
    <message>
        <source>&amp;Post comment</source>
        <translation>&amp;Gửi bình luận</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Hãy viết nội dung trước.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Before and after — %1</source>
        <translation>Trước và sau — %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Trước: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Sau: %1</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Cạnh nhau</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Thanh trượt</translation>
    </message>
</context>
<context>
    <name>ConflictInboxDialog</name>
    <message>
        <source>Conflict inbox</source>
        <translation>Hộp xung đột</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Của bên kia</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Giữ bản của &amp;tôi</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Giữ bản của &amp;bên kia</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Giữ &amp;cả hai</translation>
    </message>
    <message>
        <source>Two texts: mine, then theirs, as two paragraphs</source>
        <translation>Hai đoạn văn: của tôi trước, rồi của bên kia</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from other workspaces wait for your decision.</source>
        <translation>
            <numerusform>%n thay đổi từ không gian làm việc khác đang chờ bạn quyết định.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts wait: every package received has been merged.</source>
        <translation>Không có xung đột nào đang chờ: mọi gói đã nhận đều đã được hợp nhất.</translation>
    </message>
    <message>
        <source>Conflict decided: kept mine</source>
        <translation>Đã quyết định xung đột: giữ bản của tôi</translation>
    </message>
    <message>
        <source>Conflict decided: kept theirs</source>
        <translation>Đã quyết định xung đột: giữ bản của bên kia</translation>
    </message>
    <message>
        <source>Conflict decided: kept both</source>
        <translation>Đã quyết định xung đột: giữ cả hai</translation>
    </message>
    <message>
        <source>Here %1 already has this value, and there can only be one. Keep mine, or delete or change that one first and then keep theirs.</source>
        <translation>Ở đây %1 đã có giá trị này, và chỉ được có một. Hãy giữ của tôi, hoặc xóa hay sửa bản ghi đó trước rồi giữ của họ.</translation>
    </message>
    <message>
        <source>Not done: there is already another %1 for %2, and there can only be one. Choose the other side, or delete that one first.</source>
        <translation>Chưa thực hiện: đã có một bản ghi “%1” khác cho %2, và chỉ được có một. Hãy chọn phía còn lại, hoặc xóa bản ghi đó trước.</translation>
    </message>
    <message>
        <source>%1 (entered in both workspaces)</source>
        <translation>%1 (đã nhập ở cả hai không gian làm việc)</translation>
    </message>
    <message>
        <source>%1 (was used here by another record)</source>
        <translation>%1 (từng được một bản ghi khác ở đây dùng)</translation>
    </message>
    <message>
        <source>%1 (already used here by %2)</source>
        <translation>%1 (đã được %2 ở đây dùng)</translation>
    </message>
    <message>
        <source>Deleted there, changed here</source>
        <translation>Bên kia đã xóa, ở đây đã sửa</translation>
    </message>
    <message>
        <source>Deleted here, changed there</source>
        <translation>Ở đây đã xóa, bên kia đã sửa</translation>
    </message>
    <message>
        <source>Deleted and restored</source>
        <translation>Đã xóa rồi khôi phục</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <source>(kept, with changes)</source>
        <translation>(giữ lại, có thay đổi)</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Đã xóa.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the office server</source>
        <translation>Kết nối với máy chủ văn phòng</translation>
    </message>
    <message>
        <source>Your workspace stays on this computer and works offline; a sync sends your changes to the office server and brings your colleagues&apos; back.</source>
        <translation>Không gian làm việc của bạn nằm trên máy tính này và hoạt động ngoại tuyến; mỗi lần đồng bộ sẽ gửi thay đổi của bạn lên máy chủ văn phòng và mang thay đổi của đồng nghiệp về.</translation>
    </message>
    <message>
        <source>for example db.office.example</source>
        <translation>ví dụ db.office.example</translation>
    </message>
    <message>
        <source>the login the office gave you</source>
        <translation>tên đăng nhập văn phòng cấp cho bạn</translation>
    </message>
    <message>
        <source>Encrypt the connection (TLS)</source>
        <translation>Mã hóa kết nối (TLS)</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>Mật khẩu được lưu trong kho khóa của máy tính này.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is not kept, and is asked for once each time SCORE Desktop starts.</source>
        <translation>Máy tính này không có kho khóa: mật khẩu không được lưu và sẽ được hỏi một lần mỗi khi SCORE Desktop khởi động.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>Connect and sync</source>
        <translation>Kết nối và đồng bộ</translation>
    </message>
    <message>
        <source>The server&apos;s address is needed.</source>
        <translation>Cần địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>The database&apos;s name is needed.</source>
        <translation>Cần tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Your name (login) is needed.</source>
        <translation>Cần tên (tên đăng nhập) của bạn.</translation>
    </message>
</context>
<context>
    <name>CustomIndicatorDialog</name>
    <message>
        <source>A: one typed value</source>
        <translation>A: một giá trị nhập</translation>
    </message>
    <message>
        <source>A ÷ B</source>
        <translation>A ÷ B</translation>
    </message>
    <message>
        <source>A ÷ B × 100 (%)</source>
        <translation>A ÷ B × 100 (%)</translation>
    </message>
    <message>
        <source>A ÷ B × 1,000</source>
        <translation>A ÷ B × 1.000</translation>
    </message>
    <message>
        <source>A ÷ B × 1,000,000</source>
        <translation>A ÷ B × 1.000.000</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Thêm chỉ số</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Càng thấp càng tốt</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Càng cao càng tốt</translation>
    </message>
    <message>
        <source>Neither (describes the enterprise)</source>
        <translation>Không (mô tả doanh nghiệp)</translation>
    </message>
    <message>
        <source>e.g. Kg of scrap copper</source>
        <translation>vd: kg đồng phế liệu</translation>
    </message>
    <message>
        <source>e.g. Tonnes of copper drawn</source>
        <translation>vd: tấn đồng đã kéo</translation>
    </message>
    <message>
        <source>Counted in &amp;whole numbers (people, cases…)</source>
        <translation>Đếm bằng số &amp;nguyên (người, vụ…)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Chiều hướng:</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>Công &amp;thức:</translation>
    </message>
    <message>
        <source>A (typed):</source>
        <translation>A (nhập):</translation>
    </message>
    <message>
        <source>B (typed, for a rate):</source>
        <translation>B (nhập, cho một tỷ lệ):</translation>
    </message>
    <message>
        <source>SCORE module:</source>
        <translation>Mô-đun SCORE:</translation>
    </message>
</context>
<context>
    <name>DamagedWorkspaceDialog</name>
    <message>
        <source>Damaged workspace</source>
        <translation>Không gian làm việc bị hỏng</translation>
    </message>
    <message>
        <source>Recover copies every record that can still be read into a new workspace, which takes this one&apos;s place; the damaged file is renamed and kept.</source>
        <translation>Khôi phục sẽ sao chép mọi bản ghi còn đọc được sang một không gian làm việc mới để thay thế không gian này; tệp bị hỏng được đổi tên và giữ lại.</translation>
    </message>
    <message>
        <source>Recover what can be read</source>
        <translation>Khôi phục phần còn đọc được</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Khôi phục bản sao lưu lúc %1</translation>
    </message>
    <message>
        <source>There is no good backup of this workspace.</source>
        <translation>Không có bản sao lưu tốt nào của không gian làm việc này.</translation>
    </message>
    <message>
        <source>Its folder cannot be written. Copy the file to a folder you can write to, or recover it from the command line: score-desktop recover FILE NEW-FILE</source>
        <translation>Không thể ghi vào thư mục của nó. Hãy sao chép tệp sang thư mục bạn có quyền ghi, hoặc khôi phục bằng dòng lệnh: score-desktop recover TỆP TỆP-MỚI</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Go on without editing</source>
        <translation>Tiếp tục mà không chỉnh sửa</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <source>Decide on the plan…</source>
        <translation>Quyết định về kế hoạch…</translation>
    </message>
    <message>
        <source>No decision on the improvement plan yet.</source>
        <translation>Chưa có quyết định về kế hoạch cải tiến.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Controlled</source>
        <translation>Đã kiểm soát</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>Safety inspector</source>
        <translation>Thanh tra an toàn</translation>
    </message>
    <message>
        <source>Enterprise Improvement Team</source>
        <translation>Nhóm cải tiến doanh nghiệp</translation>
    </message>
    <message>
        <source>Workers&apos; risk mapping</source>
        <translation>Bản đồ rủi ro của người lao động</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Vật lý</translation>
    </message>
    <message>
        <source>Chemical</source>
        <translation>Hóa chất</translation>
    </message>
    <message>
        <source>Biological</source>
        <translation>Sinh học</translation>
    </message>
    <message>
        <source>Ergonomic</source>
        <translation>Công thái học</translation>
    </message>
    <message>
        <source>Accident / mechanical</source>
        <translation>Tai nạn / cơ khí</translation>
    </message>
    <message>
        <source>1 Elimination</source>
        <translation>1 Loại bỏ</translation>
    </message>
    <message>
        <source>2 Substitution</source>
        <translation>2 Thay thế</translation>
    </message>
    <message>
        <source>3 Engineering</source>
        <translation>3 Biện pháp kỹ thuật</translation>
    </message>
    <message>
        <source>4 Administrative</source>
        <translation>4 Biện pháp hành chính</translation>
    </message>
    <message>
        <source>5 PPE</source>
        <translation>5 Phương tiện bảo vệ cá nhân</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Rủi ro hiện tại</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Rủi ro ban đầu</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Rủi ro tồn dư</translation>
    </message>
    <message>
        <source>Pins: current risk</source>
        <translation>Ghim: rủi ro hiện tại</translation>
    </message>
    <message>
        <source>Pins: initial risk</source>
        <translation>Ghim: rủi ro ban đầu</translation>
    </message>
    <message>
        <source>Pins: residual risk (with proposed controls)</source>
        <translation>Ghim: rủi ro tồn dư (với biện pháp đề xuất)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Đã lên kế hoạch</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Mối nguy</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Mục danh sách kiểm tra</translation>
    </message>
    <message>
        <source>Baseline finding</source>
        <translation>Phát hiện tại đường cơ sở</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Chủ doanh nghiệp</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát viên</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Công nhân</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Cần xem xét</translation>
    </message>
    <message>
        <source>Re-scored</source>
        <translation>Đã chấm lại</translation>
    </message>
    <message>
        <source>Carried on</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>3 × 3 probability × consequence (Peru / Spain)</source>
        <translation>3 × 3 xác suất × hậu quả (Peru / Tây Ban Nha)</translation>
    </message>
    <message>
        <source>5 × 5 likelihood × severity</source>
        <translation>5 × 5 khả năng × mức độ nghiêm trọng</translation>
    </message>
    <message>
        <source>A baseline correction is kept as it was made; correct again instead.</source>
        <translation>Một lần điều chỉnh đường cơ sở được giữ nguyên như đã làm; hãy điều chỉnh lại thay vì sửa nó.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Loại cần có tên.</translation>
    </message>
    <message>
        <source>A comment has at most {limit} characters.</source>
        <translation>Bình luận có tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <source>A comment is written in your own name.</source>
        <translation>Bình luận được viết dưới tên của chính bạn.</translation>
    </message>
    <message>
        <source>A comment needs its author&apos;s name.</source>
        <translation>Bình luận cần tên tác giả.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Bình luận cần có nội dung.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Chi phí không được âm.</translation>
    </message>
    <message>
        <source>A floor plan needs a name.</source>
        <translation>Sơ đồ mặt bằng cần có tên.</translation>
    </message>
    <message>
        <source>A formula; write the value itself.</source>
        <translation>Một công thức; hãy ghi chính giá trị.</translation>
    </message>
    <message>
        <source>A hazard needs a title.</source>
        <translation>Mối nguy cần có tiêu đề.</translation>
    </message>
    <message>
        <source>A headcount cannot be negative.</source>
        <translation>Số lao động không được âm.</translation>
    </message>
    <message>
        <source>A key is needed here.</source>
        <translation>Cần có một mã khóa ở đây.</translation>
    </message>
    <message>
        <source>A line needs two different end points.</source>
        <translation>Đường thẳng cần hai điểm đầu mút khác nhau.</translation>
    </message>
    <message>
        <source>A machine or stairs needs a width and a depth.</source>
        <translation>Máy hoặc cầu thang cần có chiều rộng và chiều sâu.</translation>
    </message>
    <message>
        <source>A member cannot leave the team before joining it.</source>
        <translation>Thành viên không thể rời nhóm trước khi tham gia.</translation>
    </message>
    <message>
        <source>A method profile needs a name.</source>
        <translation>Hồ sơ phương pháp cần có tên.</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation>Tên có tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <source>A name is needed: it is shown beside every change you make.</source>
        <translation>Cần có tên: tên được hiển thị bên cạnh mọi thay đổi bạn thực hiện.</translation>
    </message>
    <message>
        <source>A pin needs both a plan and a position.</source>
        <translation>Ghim cần có cả sơ đồ và vị trí.</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>Dự án cần có tiêu đề.</translation>
    </message>
    <message>
        <source>A rate needs the figure it is divided by.</source>
        <translation>Tỷ lệ cần có số liệu làm mẫu số.</translation>
    </message>
    <message>
        <source>A section needs a key, a title and items.</source>
        <translation>Một phần cần có khóa, tiêu đề và các mục.</translation>
    </message>
    <message>
        <source>A suggested action needs its module here.</source>
        <translation>Hành động được gợi ý cần ghi mô-đun ở đây.</translation>
    </message>
    <message>
        <source>A suggested hazard needs its category here.</source>
        <translation>Mối nguy được gợi ý cần ghi loại ở đây.</translation>
    </message>
    <message>
        <source>A suggestion needs its text.</source>
        <translation>Đề xuất cần có nội dung.</translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation>Thành viên nhóm cần có tên.</translation>
    </message>
    <message>
        <source>A template is an object of fields.</source>
        <translation>Mẫu phải là một đối tượng gồm các trường.</translation>
    </message>
    <message>
        <source>A template needs a title (the field “title:en”).</source>
        <translation>Mẫu cần có tiêu đề (trường “title:en”).</translation>
    </message>
    <message>
        <source>A template needs a title.</source>
        <translation>Mẫu cần có tiêu đề.</translation>
    </message>
    <message>
        <source>A template needs at least one section.</source>
        <translation>Mẫu cần ít nhất một phần.</translation>
    </message>
    <message>
        <source>A text annotation needs some text.</source>
        <translation>Chú thích dạng chữ cần có nội dung.</translation>
    </message>
    <message>
        <source>A text label needs some text.</source>
        <translation>Nhãn chữ cần có nội dung.</translation>
    </message>
    <message>
        <source>A title is limited to {limit} characters.</source>
        <translation>Tiêu đề giới hạn ở {limit} ký tự.</translation>
    </message>
    <message>
        <source>A verified project needs the date it was verified.</source>
        <translation>Dự án đã xác minh cần có ngày xác minh.</translation>
    </message>
    <message>
        <source>A zone is listed twice.</source>
        <translation>Một khu vực được liệt kê hai lần.</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>Khu vực cần ít nhất ba góc.</translation>
    </message>
    <message>
        <source>A {kind} needs {needed} points, not {count}.</source>
        <translation>{kind} cần {needed} điểm, không phải {count}.</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Chấp nhận được</translation>
    </message>
    <message>
        <source>Almost never</source>
        <translation>Hầu như không bao giờ</translation>
    </message>
    <message>
        <source>An annotation must lie on the photo.</source>
        <translation>Chú thích phải nằm trên ảnh.</translation>
    </message>
    <message>
        <source>An enterprise needs a name.</source>
        <translation>Doanh nghiệp cần có tên.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>Chỉ số cần có tên.</translation>
    </message>
    <message>
        <source>An item is an object of fields.</source>
        <translation>Mục phải là một đối tượng gồm các trường.</translation>
    </message>
    <message>
        <source>An organisation has at most {limit} characters.</source>
        <translation>Tên tổ chức có tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <source>Annotation text is limited to {limit} characters.</source>
        <translation>Nội dung chú thích giới hạn ở {limit} ký tự.</translation>
    </message>
    <message>
        <source>Attention indicated</source>
        <translation>Cần lưu ý</translation>
    </message>
    <message>
        <source>Attention needed</source>
        <translation>Cần chú ý</translation>
    </message>
    <message>
        <source>Band limits must increase from band to band.</source>
        <translation>Giới hạn phải tăng dần từ mức này sang mức kế tiếp.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Đường cơ sở</translation>
    </message>
    <message>
        <source>COVID-19 / infection</source>
        <translation>COVID-19 / lây nhiễm</translation>
    </message>
    <message>
        <source>COVID-19 Safety &amp; Health</source>
        <translation>An toàn và sức khỏe COVID-19</translation>
    </message>
    <message>
        <source>Catastrophe (many deaths)</source>
        <translation>Thảm họa (nhiều người chết)</translation>
    </message>
    <message>
        <source>Catastrophic (death)</source>
        <translation>Thảm khốc (tử vong)</translation>
    </message>
    <message>
        <source>Choose the SCORE module this visit belongs to.</source>
        <translation>Chọn mô-đun SCORE mà chuyến thăm này thuộc về.</translation>
    </message>
    <message>
        <source>Clean Production</source>
        <translation>Sản xuất sạch hơn</translation>
    </message>
    <message>
        <source>Click two different points to calibrate.</source>
        <translation>Nhấp vào hai điểm khác nhau để hiệu chỉnh.</translation>
    </message>
    <message>
        <source>Conceivable but very unlikely</source>
        <translation>Có thể nhưng rất khó xảy ra</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Hậu quả</translation>
    </message>
    <message>
        <source>Consider stopping the activity</source>
        <translation>Cân nhắc dừng hoạt động</translation>
    </message>
    <message>
        <source>Constantly</source>
        <translation>Liên tục</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Liên tục</translation>
    </message>
    <message>
        <source>Correction required</source>
        <translation>Cần khắc phục</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Disaster (several deaths)</source>
        <translation>Thảm họa (vài người chết)</translation>
    </message>
    <message>
        <source>Do not start work until reduced</source>
        <translation>Không bắt đầu công việc cho đến khi giảm được rủi ro</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Điện</translation>
    </message>
    <message>
        <source>Exposed workers cannot be negative.</source>
        <translation>Số người bị phơi nhiễm không được âm.</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Mức phơi nhiễm</translation>
    </message>
    <message>
        <source>Extra visit</source>
        <translation>Chuyến thăm bổ sung</translation>
    </message>
    <message>
        <source>Extremely harmful</source>
        <translation>Cực kỳ có hại</translation>
    </message>
    <message>
        <source>Fine-Kinney (P × E × C)</source>
        <translation>Fine-Kinney (P × E × C)</translation>
    </message>
    <message>
        <source>Fire &amp; explosion</source>
        <translation>Cháy và nổ</translation>
    </message>
    <message>
        <source>Follow-up 1</source>
        <translation>Theo dõi 1</translation>
    </message>
    <message>
        <source>Follow-up 2</source>
        <translation>Theo dõi 2</translation>
    </message>
    <message>
        <source>Follow-up 3</source>
        <translation>Theo dõi 3</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Tần suất</translation>
    </message>
    <message>
        <source>Frequent (daily)</source>
        <translation>Thường xuyên (hằng ngày)</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>Bình đẳng giới</translation>
    </message>
    <message>
        <source>Harmful</source>
        <translation>Có hại</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Human Resource Management</source>
        <translation>Quản lý nguồn nhân lực</translation>
    </message>
    <message>
        <source>Immediate correction</source>
        <translation>Khắc phục ngay</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Quan trọng</translation>
    </message>
    <message>
        <source>Important (lost time)</source>
        <translation>Quan trọng (mất ngày công)</translation>
    </message>
    <message>
        <source>In review mode only photos taken after an improvement can be added.</source>
        <translation>Ở chế độ xem xét chỉ có thể thêm ảnh chụp sau cải tiến.</translation>
    </message>
    <message>
        <source>In review mode you can change the status and the after photo of your projects only.</source>
        <translation>Ở chế độ xem xét bạn chỉ có thể đổi trạng thái và ảnh sau của dự án của mình.</translation>
    </message>
    <message>
        <source>In review mode you can update only the projects you are responsible for.</source>
        <translation>Ở chế độ xem xét bạn chỉ có thể cập nhật các dự án do bạn phụ trách.</translation>
    </message>
    <message>
        <source>Intake / baseline</source>
        <translation>Chuyến thăm đầu / đường cơ sở</translation>
    </message>
    <message>
        <source>Intolerable</source>
        <translation>Không thể chấp nhận</translation>
    </message>
    <message>
        <source>Item key “{key}” is missing, malformed or used twice.</source>
        <translation>Khóa mục “{key}” bị thiếu, sai định dạng hoặc bị dùng hai lần.</translation>
    </message>
    <message>
        <source>Item “{key}” depends on “{other}”, which is not an earlier item.</source>
        <translation>Mục “{key}” phụ thuộc vào “{other}”, nhưng đó không phải là một mục đứng trước.</translation>
    </message>
    <message>
        <source>Item “{key}” has no text (the columns “text:…”).</source>
        <translation>Mục “{key}” không có nội dung (các cột “text:…”).</translation>
    </message>
    <message>
        <source>Item “{key}” has no text.</source>
        <translation>Mục “{key}” không có nội dung.</translation>
    </message>
    <message>
        <source>Item “{key}”: likelihood and severity are from 1 to 5.</source>
        <translation>Mục “{key}”: khả năng xảy ra và mức độ nghiêm trọng phải từ 1 đến 5.</translation>
    </message>
    <message>
        <source>Keep controls; periodic checks</source>
        <translation>Duy trì biện pháp; kiểm tra định kỳ</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Lớn</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Khả năng xảy ra</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Có khả năng</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Major (permanent disability)</source>
        <translation>Nghiêm trọng (thương tật vĩnh viễn)</translation>
    </message>
    <message>
        <source>May well be expected</source>
        <translation>Rất có thể xảy ra</translation>
    </message>
    <message>
        <source>Mechanical / machinery</source>
        <translation>Cơ khí / máy móc</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Nhẹ</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Vừa phải</translation>
    </message>
    <message>
        <source>Moderate (lost time)</source>
        <translation>Vừa phải (mất ngày công)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Monitor; routine controls</source>
        <translation>Theo dõi; biện pháp thông thường</translation>
    </message>
    <message>
        <source>Monthly figure</source>
        <translation>Số liệu hằng tháng</translation>
    </message>
    <message>
        <source>Name the figure that is typed each month.</source>
        <translation>Hãy đặt tên cho số liệu được nhập hằng tháng.</translation>
    </message>
    <message>
        <source>Negligible (first aid)</source>
        <translation>Không đáng kể (sơ cứu)</translation>
    </message>
    <message>
        <source>No specific action</source>
        <translation>Không cần hành động cụ thể</translation>
    </message>
    <message>
        <source>Not a text, number or yes/no.</source>
        <translation>Không phải văn bản, số hay có/không.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Not very often</source>
        <translation>Không thường xuyên</translation>
    </message>
    <message>
        <source>Not very severe</source>
        <translation>Không quá nghiêm trọng</translation>
    </message>
    <message>
        <source>Noticeable (first aid)</source>
        <translation>Đáng kể (sơ cứu)</translation>
    </message>
    <message>
        <source>Occasional (weekly)</source>
        <translation>Thỉnh thoảng (hằng tuần)</translation>
    </message>
    <message>
        <source>Occupational Safety and Health</source>
        <translation>An toàn và vệ sinh lao động</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>OiRA French (F × S)</source>
        <translation>OiRA Pháp (F × S)</translation>
    </message>
    <message>
        <source>OiRA Kinney (P × F × S)</source>
        <translation>OiRA Kinney (P × F × S)</translation>
    </message>
    <message>
        <source>Only remotely possible</source>
        <translation>Chỉ có thể rất ít</translation>
    </message>
    <message>
        <source>Only the last band may be open-ended, and it must be.</source>
        <translation>Chỉ mức cuối cùng được để không giới hạn, và bắt buộc phải như vậy.</translation>
    </message>
    <message>
        <source>Physical: heat</source>
        <translation>Vật lý: nhiệt</translation>
    </message>
    <message>
        <source>Physical: lighting</source>
        <translation>Vật lý: chiếu sáng</translation>
    </message>
    <message>
        <source>Physical: noise</source>
        <translation>Vật lý: tiếng ồn</translation>
    </message>
    <message>
        <source>Physical: radiation</source>
        <translation>Vật lý: bức xạ</translation>
    </message>
    <message>
        <source>Physical: vibration</source>
        <translation>Vật lý: rung</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Có thể</translation>
    </message>
    <message>
        <source>Practically impossible</source>
        <translation>Gần như không thể</translation>
    </message>
    <message>
        <source>Priority action; management attention</source>
        <translation>Hành động ưu tiên; ban lãnh đạo cần quan tâm</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Xác suất</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Tâm lý xã hội</translation>
    </message>
    <message>
        <source>Quality Management</source>
        <translation>Quản lý chất lượng</translation>
    </message>
    <message>
        <source>Quite possible</source>
        <translation>Khá có thể</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>Hiếm</translation>
    </message>
    <message>
        <source>Rare (a few times a year)</source>
        <translation>Hiếm (vài lần một năm)</translation>
    </message>
    <message>
        <source>Reduce the risk within a set time</source>
        <translation>Giảm rủi ro trong thời hạn đã định</translation>
    </message>
    <message>
        <source>Regularly</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <source>Say what should change: the consultant reads the reason.</source>
        <translation>Hãy nói điều gì cần thay đổi: chuyên gia tư vấn sẽ đọc lý do.</translation>
    </message>
    <message>
        <source>Say who you are first (Preferences).</source>
        <translation>Hãy cho biết bạn là ai trước (Tùy chọn).</translation>
    </message>
    <message>
        <source>Section key “{key}” is missing, malformed or used twice.</source>
        <translation>Khóa phần “{key}” bị thiếu, sai định dạng hoặc bị dùng hai lần.</translation>
    </message>
    <message>
        <source>Section “{key}” has no items.</source>
        <translation>Phần “{key}” không có mục nào.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Serious (permanent harm)</source>
        <translation>Nghiêm trọng (tổn thương vĩnh viễn)</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Nghiêm trọng</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ nghiêm trọng</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: {problem}</source>
        <translation>Trang “{sheet}”, hàng {row}, cột {column}: {problem}</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: {problem}</source>
        <translation>Trang “{sheet}”, hàng {row}: {problem}</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {problem}</source>
        <translation>Trang “{sheet}”: {problem}</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Đáng kể</translation>
    </message>
    <message>
        <source>Slightly harmful</source>
        <translation>Hơi có hại</translation>
    </message>
    <message>
        <source>Slips, trips &amp; falls</source>
        <translation>Trượt, vấp và ngã</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Nhỏ</translation>
    </message>
    <message>
        <source>Specific controls; review</source>
        <translation>Biện pháp cụ thể; xem xét lại</translation>
    </message>
    <message>
        <source>Stop work until the risk is reduced</source>
        <translation>Dừng công việc cho đến khi giảm được rủi ro</translation>
    </message>
    <message>
        <source>Stop work; forbidden until reduced</source>
        <translation>Dừng công việc; cấm cho đến khi giảm được rủi ro</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Đáng kể</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Template format {format} is not known.</source>
        <translation>Không nhận ra định dạng mẫu {format}.</translation>
    </message>
    <message>
        <source>The checklist suggests a hazard category this workspace lacks.</source>
        <translation>Danh sách kiểm tra đề xuất một loại mối nguy không có trong không gian làm việc này.</translation>
    </message>
    <message>
        <source>The column “{header}” is there twice.</source>
        <translation>Cột “{header}” xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>The column “{name}” is missing.</source>
        <translation>Thiếu cột “{name}”.</translation>
    </message>
    <message>
        <source>The due date is before the start date.</source>
        <translation>Hạn chót sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The field “code” is missing.</source>
        <translation>Thiếu trường “code”.</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook ({why}).</source>
        <translation>Tệp không phải sổ tính XLSX ({why}).</translation>
    </message>
    <message>
        <source>The file {why}</source>
        <translation>Tệp {why}</translation>
    </message>
    <message>
        <source>The grid size must be more than zero.</source>
        <translation>Kích thước lưới phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>The item key “{key}” is used twice.</source>
        <translation>Mã mục “{key}” được dùng hai lần.</translation>
    </message>
    <message>
        <source>The multiplier must be positive.</source>
        <translation>Hệ số nhân phải là số dương.</translation>
    </message>
    <message>
        <source>The next visit cannot be before this visit.</source>
        <translation>Chuyến thăm tiếp theo không thể trước chuyến thăm này.</translation>
    </message>
    <message>
        <source>The real distance must be more than zero.</source>
        <translation>Khoảng cách thực phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>The scale must be a positive number.</source>
        <translation>Tỷ lệ phải là số dương.</translation>
    </message>
    <message>
        <source>The section has no title.</source>
        <translation>Phần này không có tiêu đề.</translation>
    </message>
    <message>
        <source>The section key “{key}” is used twice.</source>
        <translation>Mã phần “{key}” được dùng hai lần.</translation>
    </message>
    <message>
        <source>The shape has no area (its corners are in a line).</source>
        <translation>Hình không có diện tích (các góc nằm trên một đường thẳng).</translation>
    </message>
    <message>
        <source>The symbol is one or two characters.</source>
        <translation>Ký hiệu gồm một hoặc hai ký tự.</translation>
    </message>
    <message>
        <source>The text {problem}</source>
        <translation>Văn bản {problem}</translation>
    </message>
    <message>
        <source>The version is a whole number from 1.</source>
        <translation>Phiên bản phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “{sheet}” (a template has the sheets {sheets}).</source>
        <translation>Sổ tính không có trang “{sheet}” (một mẫu có các trang {sheets}).</translation>
    </message>
    <message>
        <source>This app reads template format {format}.</source>
        <translation>Ứng dụng này đọc định dạng mẫu {format}.</translation>
    </message>
    <message>
        <source>This item is placed at one point.</source>
        <translation>Mục này được đặt tại một điểm.</translation>
    </message>
    <message>
        <source>Tolerable</source>
        <translation>Có thể chấp nhận</translation>
    </message>
    <message>
        <source>Transport / forklift</source>
        <translation>Vận chuyển / xe nâng</translation>
    </message>
    <message>
        <source>Trivial</source>
        <translation>Không đáng kể</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Ít có khả năng</translation>
    </message>
    <message>
        <source>Unusual (monthly)</source>
        <translation>Không thường xuyên (hằng tháng)</translation>
    </message>
    <message>
        <source>Unusual but possible</source>
        <translation>Bất thường nhưng có thể</translation>
    </message>
    <message>
        <source>Version {version} of “{code}” is already in the workspace with other content; give this one version {next} in the sheet “Template”.</source>
        <translation>Phiên bản {version} của “{code}” đã có trong không gian làm việc với nội dung khác; hãy đặt phiên bản {next} cho mẫu này trong trang “Template”.</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Rất cao</translation>
    </message>
    <message>
        <source>Very likely / almost certain</source>
        <translation>Rất có khả năng / gần như chắc chắn</translation>
    </message>
    <message>
        <source>Very often / regularly</source>
        <translation>Rất thường xuyên / đều đặn</translation>
    </message>
    <message>
        <source>Very rare (yearly)</source>
        <translation>Rất hiếm (hằng năm)</translation>
    </message>
    <message>
        <source>Very serious (one death)</source>
        <translation>Rất nghiêm trọng (một người chết)</translation>
    </message>
    <message>
        <source>Very severe</source>
        <translation>Rất nghiêm trọng</translation>
    </message>
    <message>
        <source>Very unlikely / rare</source>
        <translation>Rất ít khả năng / hiếm</translation>
    </message>
    <message>
        <source>Virtually impossible</source>
        <translation>Hầu như không thể</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Yếu</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>Nữ và nam</translation>
    </message>
    <message>
        <source>Worker counts cannot be negative.</source>
        <translation>Số người lao động không được âm.</translation>
    </message>
    <message>
        <source>Workplace Cooperation</source>
        <translation>Hợp tác tại nơi làm việc</translation>
    </message>
    <message>
        <source>Year-after visit</source>
        <translation>Chuyến thăm sau một năm</translation>
    </message>
    <message>
        <source>You work in review mode (enterprise manager): records are read-only; comments, your projects&apos; status and the decision on the plan can be changed.</source>
        <translation>Bạn đang làm việc ở chế độ xem xét (quản lý doanh nghiệp): hồ sơ chỉ đọc; có thể thay đổi bình luận, trạng thái dự án của bạn và quyết định về kế hoạch.</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>một ký tự NUL</translation>
    </message>
    <message>
        <source>a code that is not a character</source>
        <translation>một mã không phải ký tự</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>một ký tự điều khiển</translation>
    </message>
    <message>
        <source>half of a character pair</source>
        <translation>một nửa của cặp ký tự</translation>
    </message>
    <message>
        <source>holds {what} (U+{code}, character {position}) that cannot be stored; remove it.</source>
        <translation>chứa {what} (U+{code}, ký tự thứ {position}) không thể lưu; hãy xóa nó.</translation>
    </message>
    <message>
        <source>{factor} must be one of {allowed}, not {value}.</source>
        <translation>{factor} phải là một trong {allowed}, không phải {value}.</translation>
    </message>
    <message>
        <source>{factor}: choose a rating.</source>
        <translation>{factor}: hãy chọn mức đánh giá.</translation>
    </message>
    <message>
        <source>{indicator} would be {result} %: {top} exceeds {bottom}.</source>
        <translation>{indicator} sẽ là {result} %: {top} vượt quá {bottom}.</translation>
    </message>
    <message>
        <source>{input} is zero: {indicator} is undefined.</source>
        <translation>{input} bằng 0: không xác định được {indicator}.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} không được âm.</translation>
    </message>
    <message>
        <source>{letter} ({name})</source>
        <translation>{letter} ({name})</translation>
    </message>
    <message>
        <source>{method} has no factor {factor}.</source>
        <translation>{method} không có yếu tố {factor}.</translation>
    </message>
    <message>
        <source>{month} has not happened yet.</source>
        <translation>{month} chưa diễn ra.</translation>
    </message>
    <message>
        <source>{month} is before the engagement began ({first}).</source>
        <translation>{month} trước khi bắt đầu hợp tác ({first}).</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>“{category_code}” is not a hazard category.</source>
        <translation>“{category_code}” không phải là loại mối nguy.</translation>
    </message>
    <message>
        <source>“{category}” is not a hazard category.</source>
        <translation>“{category}” không phải là loại mối nguy.</translation>
    </message>
    <message>
        <source>“{code}” is not a template code.</source>
        <translation>“{code}” không phải là mã mẫu hợp lệ.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour like #2E86C1.</source>
        <translation>“{colour}” không phải là màu dạng #2E86C1.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour like #E53935.</source>
        <translation>“{colour}” không phải là màu dạng #E53935.</translation>
    </message>
    <message>
        <source>“{currency}” is not a currency code like CNY or USD.</source>
        <translation>“{currency}” không phải là mã tiền tệ như CNY hay USD.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” không phải là địa chỉ email.</translation>
    </message>
    <message>
        <source>“{fill}” is not a colour like #A0C4E8.</source>
        <translation>“{fill}” không phải là màu dạng #A0C4E8.</translation>
    </message>
    <message>
        <source>“{header}” is not a column of this sheet.</source>
        <translation>“{header}” không phải là cột của trang này.</translation>
    </message>
    <message>
        <source>“{key}” is not a key: letters, digits, . _ - (up to 40), starting with a letter or digit.</source>
        <translation>“{key}” không phải mã khóa: chữ cái, chữ số, . _ - (tối đa 40), bắt đầu bằng chữ cái hoặc chữ số.</translation>
    </message>
    <message>
        <source>“{key}” is not a section of the sheet “Sections”.</source>
        <translation>“{key}” không phải là phần trong trang “Sections”.</translation>
    </message>
    <message>
        <source>“{level}” is not a level of control ({levels}).</source>
        <translation>“{level}” không phải cấp kiểm soát ({levels}).</translation>
    </message>
    <message>
        <source>“{level}” is not a level of control.</source>
        <translation>“{level}” không phải là một cấp trong thứ bậc kiểm soát.</translation>
    </message>
    <message>
        <source>“{name}” is missing.</source>
        <translation>Thiếu “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a template.</source>
        <translation>“{name}” không phải là trường của mẫu.</translation>
    </message>
    <message>
        <source>“{name}” is not a text by language.</source>
        <translation>“{name}” không phải là văn bản theo từng ngôn ngữ.</translation>
    </message>
    <message>
        <source>“{name}” is not a whole number.</source>
        <translation>“{name}” không phải là số nguyên.</translation>
    </message>
    <message>
        <source>“{name}” is there twice.</source>
        <translation>“{name}” xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>“{nr5_group}” is not an NR-5 group.</source>
        <translation>“{nr5_group}” không phải là nhóm NR-5.</translation>
    </message>
    <message>
        <source>“{other}” is not an earlier item (an item can depend only on items before it).</source>
        <translation>“{other}” không phải là mục trước đó (một mục chỉ có thể phụ thuộc vào các mục đứng trước).</translation>
    </message>
    <message>
        <source>“{text}” can only use =.</source>
        <translation>“{text}” chỉ được dùng =.</translation>
    </message>
    <message>
        <source>“{text}” is not a condition like A3=yes.</source>
        <translation>“{text}” không phải là điều kiện dạng A3=yes.</translation>
    </message>
    <message>
        <source>“{text}” needs workers&gt;=N or workers&lt;N.</source>
        <translation>“{text}” cần có dạng workers&gt;=N hoặc workers&lt;N.</translation>
    </message>
    <message>
        <source>“{text}”: an answer is one of yes, no, not_applicable, not_checked.</source>
        <translation>“{text}”: câu trả lời phải là một trong yes, no, not_applicable, not_checked.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number from {low} to {high}.</source>
        <translation>“{value}” không phải số nguyên từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no.</source>
        <translation>“{value}” không phải có hay không.</translation>
    </message>
</context>
<context>
    <name>DxfFiles</name>
    <message>
        <source>Import CAD drawing</source>
        <translation>Nhập bản vẽ CAD</translation>
    </message>
    <message>
        <source>CAD drawings (*.dxf);;All files (*)</source>
        <translation>Bản vẽ CAD (*.dxf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Đang đọc %1</translation>
    </message>
    <message>
        <source>Drawing the layers of %1</source>
        <translation>Đang vẽ các lớp của %1</translation>
    </message>
    <message>
        <source>CAD drawing placed at its true size (1 pixel = %1 cm); traced items keep theirs.</source>
        <translation>Bản vẽ CAD được đặt đúng kích thước thật (1 điểm ảnh = %1 cm); các đối tượng đã vẽ giữ nguyên kích thước.</translation>
    </message>
    <message>
        <source>Not drawn: %1.</source>
        <translation>Không vẽ: %1.</translation>
    </message>
    <message>
        <source>Export as DXF</source>
        <translation>Xuất thành DXF</translation>
    </message>
    <message>
        <source>CAD drawings (*.dxf)</source>
        <translation>Bản vẽ CAD (*.dxf)</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Đang ghi %1</translation>
    </message>
    <message>
        <source>Plan written: %1</source>
        <translation>Đã lưu sơ đồ: %1</translation>
    </message>
</context>
<context>
    <name>DxfLayerDialog</name>
    <message>
        <source>Layers of %1</source>
        <translation>Các lớp của %1</translation>
    </message>
    <message>
        <source>Units: %1, so the drawing is placed at its true size.</source>
        <translation>Đơn vị: %1, nên bản vẽ được đặt đúng kích thước thật.</translation>
    </message>
    <message>
        <source>The drawing states no units; it is read as millimetres. Measure a known distance after importing and calibrate with K if it is off.</source>
        <translation>Bản vẽ không ghi đơn vị; được đọc theo milimét. Sau khi nhập, hãy đo một khoảng cách đã biết và hiệu chỉnh bằng K nếu sai.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n đối tượng)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not drawn (kinds this import does not read): %1</source>
        <translation>Không vẽ (các loại mà lệnh nhập này không đọc): %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không chọn</translation>
    </message>
</context>
<context>
    <name>EditorMenus</name>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Đưa lên trên cùng</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Đưa xuống dưới cùng</translation>
    </message>
    <message>
        <source>Align left edges</source>
        <translation>Căn theo cạnh trái</translation>
    </message>
    <message>
        <source>Align top edges</source>
        <translation>Căn theo cạnh trên</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Fit plan</source>
        <translation>Vừa khung sơ đồ</translation>
    </message>
    <message>
        <source>Zoom 100 %</source>
        <translation>Thu phóng 100 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Show grid</source>
        <translation>Hiện lưới</translation>
    </message>
    <message>
        <source>Show legend</source>
        <translation>Hiện chú giải</translation>
    </message>
    <message>
        <source>Legend: title only</source>
        <translation>Chú giải: chỉ tiêu đề</translation>
    </message>
    <message>
        <source>Show hazard register</source>
        <translation>Hiện sổ đăng ký mối nguy</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Ảnh nền</translation>
    </message>
    <message>
        <source>Structure (walls, doors, exits)</source>
        <translation>Kết cấu (tường, cửa, lối ra)</translation>
    </message>
    <message>
        <source>Zones and areas</source>
        <translation>Khu vực và vùng</translation>
    </message>
    <message>
        <source>Equipment and safety points</source>
        <translation>Thiết bị và điểm an toàn</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Hazard pins</source>
        <translation>Ghim mối nguy</translation>
    </message>
    <message>
        <source>Photo pins</source>
        <translation>Ghim ảnh</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Sơ đồ</translation>
    </message>
    <message>
        <source>Import background…</source>
        <translation>Nhập ảnh nền…</translation>
    </message>
    <message>
        <source>Import CAD drawing (DXF)…</source>
        <translation>Nhập bản vẽ CAD (DXF)…</translation>
    </message>
    <message>
        <source>A DXF drawing as the background at its true size, layers chosen</source>
        <translation>Bản vẽ DXF làm nền đúng kích thước thật, chọn các lớp</translation>
    </message>
    <message>
        <source>Remove background</source>
        <translation>Gỡ ảnh nền</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Xuất PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Xuất SVG…</translation>
    </message>
    <message>
        <source>Export as DXF…</source>
        <translation>Xuất thành DXF…</translation>
    </message>
    <message>
        <source>The traced plan for CAD tools, in metres, a layer per kind</source>
        <translation>Sơ đồ đã vẽ cho phần mềm CAD, tính bằng mét, mỗi loại một lớp</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <source>New enterprise</source>
        <translation>Doanh nghiệp mới</translation>
    </message>
    <message>
        <source>Edit enterprise</source>
        <translation>Sửa doanh nghiệp</translation>
    </message>
    <message>
        <source>An enterprise needs a name.</source>
        <translation>Doanh nghiệp cần có tên.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Địa chỉ email không hợp lệ.</translation>
    </message>
    <message>
        <source>Total: %1 people, %2 % women</source>
        <translation>Tổng: %1 người, %2 % là nữ</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Registered or usual name</source>
        <translation>Tên đăng ký hoặc tên thường gọi</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Ngành:</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Sản phẩm:</translation>
    </message>
    <message>
        <source>Main products or services</source>
        <translation>Sản phẩm hoặc dịch vụ chính</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Quốc gia:</translation>
    </message>
    <message>
        <source>&amp;Region / city:</source>
        <translation>Tỉnh / thành &amp;phố:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>Main &amp;buyers:</source>
        <translation>&amp;Khách mua chính:</translation>
    </message>
    <message>
        <source>Brands, buyers or supply chain</source>
        <translation>Nhãn hàng, khách mua hoặc chuỗi cung ứng</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Tiền &amp;tệ:</translation>
    </message>
    <message>
        <source>ISO code, e.g. CNY; empty: from the country</source>
        <translation>Mã ISO, vd: CNY; để trống: theo quốc gia</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>Người &amp;liên hệ:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Workforce by sex</source>
        <translation>Lao động theo giới tính</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Công nhân:</translation>
    </message>
    <message>
        <source>&amp;Managers:</source>
        <translation>&amp;Quản lý:</translation>
    </message>
    <message>
        <source>A trade &amp;union is present</source>
        <translation>Có công đoàn (&amp;U)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>EnterprisePanel</name>
    <message>
        <source>Select an enterprise, or add one with Ctrl+N.</source>
        <translation>Chọn một doanh nghiệp, hoặc thêm mới bằng Ctrl+N.</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Ngành:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Liên hệ:</translation>
    </message>
    <message>
        <source>Workforce:</source>
        <translation>Lao động:</translation>
    </message>
    <message>
        <source>Main buyers:</source>
        <translation>Khách mua chính:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Biên bản:</translation>
    </message>
    <message>
        <source>Select a visit to read its record.</source>
        <translation>Chọn một chuyến thăm để đọc biên bản.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <source>Floor plans</source>
        <translation>Sơ đồ mặt bằng</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>Biên bản chuyến thăm</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>▲ Visits · %1 ▼</source>
        <translation>▲ Lượt thăm · %1 ▼</translation>
    </message>
    <message>
        <source>Drag to give the visits or the %1 more room</source>
        <translation>Kéo để dành thêm chỗ cho các lượt thăm hoặc %1</translation>
    </message>
    <message>
        <source>%1 workers (%2 women, %3 men), %4 managers (%5 women, %6 men); %7 % women</source>
        <translation>%1 công nhân (%2 nữ, %3 nam), %4 quản lý (%5 nữ, %6 nam); %7 % là nữ</translation>
    </message>
    <message>
        <source>trade union present</source>
        <translation>có công đoàn</translation>
    </message>
    <message>
        <source>created %1 by %2</source>
        <translation>tạo ngày %1 bởi %2</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>tạo ngày %1</translation>
    </message>
    <message>
        <source>last changed %1 by %2</source>
        <translation>thay đổi lần cuối ngày %1 bởi %2</translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation>thay đổi lần cuối ngày %1</translation>
    </message>
    <message>
        <source>(Edit ▸ History…)</source>
        <translation>(Sửa ▸ Lịch sử…)</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>Chuyên gia tư vấn: %1</translation>
    </message>
    <message>
        <source>Safety inspector: %1</source>
        <translation>Thanh tra an toàn: %1</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Người tham dự: %1</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Quan sát</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Các bước tiếp theo đã thống nhất</translation>
    </message>
    <message>
        <source>Next visit: %1</source>
        <translation>Chuyến thăm tiếp theo: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n xung đột cần quyết định</numerusform>
        </translation>
    </message>
    <message>
        <source>SCORE Desktop user</source>
        <translation>Người dùng SCORE Desktop</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Đang ghi gói…</translation>
    </message>
    <message>
        <source>Package written: %1 (%2 records, %3 photos and images, %4)</source>
        <translation>Đã ghi gói: %1 (%2 bản ghi, %3 ảnh và hình, %4)</translation>
    </message>
    <message>
        <source>Checking and merging %1…</source>
        <translation>Đang kiểm tra và hợp nhất %1…</translation>
    </message>
    <message>
        <source>Package received</source>
        <translation>Đã nhận gói</translation>
    </message>
    <message>
        <source>This package was received before: nothing changed.</source>
        <translation>Gói này đã được nhận trước đây: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>an unnamed sender</source>
        <translation>một người gửi không tên</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, từ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n bản ghi đã thêm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) merged</source>
        <translation>
            <numerusform>%n bản ghi đã hợp nhất</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n bản ghi đã xóa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored</source>
        <translation>
            <numerusform>%n bản ghi đã khôi phục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) copied</source>
        <translation>
            <numerusform>%n ảnh đã sao chép</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) already here, not copied again</source>
        <translation>
            <numerusform>%n ảnh đã có sẵn ở đây, không sao chép lại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left in the conflict inbox</source>
        <translation>
            <numerusform>%n thay đổi còn chờ trong hộp xung đột</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: every change in it was already here.</source>
        <translation>Không có gì mới: mọi thay đổi trong gói đã có ở đây.</translation>
    </message>
    <message>
        <source>Open the conflict &amp;inbox</source>
        <translation>Mở &amp;hộp xung đột</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Sending cancelled: no file was written.</source>
        <translation>Đã hủy gửi: không có tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message numerus="yes">
        <source>%n character(s) that the file cannot hold (control characters) were written as �.</source>
        <translation>
            <numerusform>%n ký tự mà tệp không chứa được (ký tự điều khiển) đã được ghi thành �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than a spreadsheet cell holds (32,767 characters) were cut, ending in “…”.</source>
        <translation>
            <numerusform>%n ô dài hơn mức một ô bảng tính chứa được (32.767 ký tự) đã bị cắt, kết thúc bằng “…”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
</context>
<context>
    <name>FloorPlanScene</name>
    <message>
        <source>The stored background image cannot be read.</source>
        <translation>Không đọc được ảnh nền đã lưu.</translation>
    </message>
    <message>
        <source>Move %1 item(s)</source>
        <translation>Di chuyển %1 mục</translation>
    </message>
    <message>
        <source>Move background</source>
        <translation>Di chuyển ảnh nền</translation>
    </message>
</context>
<context>
    <name>GalleryChooser</name>
    <message>
        <source>Photos from the gallery</source>
        <translation>Ảnh từ thư viện</translation>
    </message>
</context>
<context>
    <name>HazardDialog</name>
    <message>
        <source>Edit hazard H%1: %2</source>
        <translation>Sửa mối nguy H%1: %2</translation>
    </message>
    <message>
        <source>New hazard</source>
        <translation>Mối nguy mới</translation>
    </message>
    <message>
        <source>Edit hazard</source>
        <translation>Sửa mối nguy</translation>
    </message>
    <message>
        <source>— (not on a zone)</source>
        <translation>— (không thuộc khu vực nào)</translation>
    </message>
    <message>
        <source>Proposed control</source>
        <translation>Biện pháp đề xuất</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Add control</source>
        <translation>Thêm biện pháp</translation>
    </message>
    <message>
        <source>Remove control</source>
        <translation>Bỏ biện pháp</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Khu vực:</translation>
    </message>
    <message>
        <source>&amp;Source (machine, substance, task):</source>
        <translation>&amp;Nguồn (máy, chất, công việc):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>women</source>
        <translation>nữ</translation>
    </message>
    <message>
        <source>men</source>
        <translation>nam</translation>
    </message>
    <message>
        <source>Exposed workers:</source>
        <translation>Người bị phơi nhiễm:</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Công việc:</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Phương pháp: %1</translation>
    </message>
    <message>
        <source>Existing controls and initial risk</source>
        <translation>Biện pháp hiện có và rủi ro ban đầu</translation>
    </message>
    <message>
        <source>Existing controls:</source>
        <translation>Biện pháp hiện có:</translation>
    </message>
    <message>
        <source>Proposed controls (hierarchy of controls)</source>
        <translation>Biện pháp đề xuất (thứ bậc kiểm soát)</translation>
    </message>
    <message>
        <source>Residual risk (with the proposed controls)</source>
        <translation>Rủi ro tồn dư (với biện pháp đề xuất)</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>Người &amp;phụ trách:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Hạn chót:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Trạng thái (&amp;S):</translation>
    </message>
    <message>
        <source>Identified by:</source>
        <translation>Xác định bởi:</translation>
    </message>
    <message>
        <source>Identified on visit:</source>
        <translation>Xác định trong chuyến thăm:</translation>
    </message>
    <message>
        <source>&amp;Legal reference:</source>
        <translation>Căn cứ pháp &amp;lý:</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Mối nguy</translation>
    </message>
    <message>
        <source>Risk and controls</source>
        <translation>Rủi ro và biện pháp</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Rate every factor of the initial risk, or none.</source>
        <translation>Hãy đánh giá mọi yếu tố của rủi ro ban đầu, hoặc không yếu tố nào.</translation>
    </message>
    <message>
        <source>Rate every factor of the residual risk, or none.</source>
        <translation>Hãy đánh giá mọi yếu tố của rủi ro tồn dư, hoặc không yếu tố nào.</translation>
    </message>
</context>
<context>
    <name>HazardEditing</name>
    <message>
        <source>Edit hazard</source>
        <translation>Sửa mối nguy</translation>
    </message>
    <message>
        <source>Pin hazard</source>
        <translation>Ghim mối nguy</translation>
    </message>
    <message>
        <source>Click on the plan where this hazard is.</source>
        <translation>Nhấp vào vị trí của mối nguy trên sơ đồ.</translation>
    </message>
    <message>
        <source>Duplicate hazards (%1)</source>
        <translation>Nhân bản mối nguy (%1)</translation>
    </message>
</context>
<context>
    <name>HazardFollowUp</name>
    <message>
        <source>“%1” is done.</source>
        <translation>“%1” đã hoàn thành.</translation>
    </message>
    <message numerus="yes">
        <source>Are the controls of its %n hazard(s) in place?</source>
        <translation>
            <numerusform>Các biện pháp kiểm soát cho %n mối nguy của dự án đã được thực hiện chưa?</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes marks them controlled (one step to undo); No saves the project.</source>
        <translation>Có: đánh dấu đã kiểm soát (hoàn tác trong một bước); Không: chỉ lưu dự án.</translation>
    </message>
    <message>
        <source>Hazards of the project</source>
        <translation>Các mối nguy của dự án</translation>
    </message>
    <message numerus="yes">
        <source>%1 and mark its %n hazard(s) controlled</source>
        <translation>
            <numerusform>%1 và đánh dấu %n mối nguy là đã kiểm soát</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HazardPins</name>
    <message>
        <source>Move hazard pins (%1)</source>
        <translation>Di chuyển ghim mối nguy (%1)</translation>
    </message>
</context>
<context>
    <name>HazardRegisterPanel</name>
    <message>
        <source>Search hazards…</source>
        <translation>Tìm mối nguy…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>All risk bands</source>
        <translation>Mọi mức rủi ro</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Mọi khu vực</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Mọi chuyến thăm</translation>
    </message>
    <message>
        <source>Bands…</source>
        <translation>Các mức…</translation>
    </message>
    <message>
        <source>Change band limits and labels as a named profile</source>
        <translation>Đổi giới hạn và nhãn các mức thành một hồ sơ có tên</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Các loại…</translation>
    </message>
    <message>
        <source>Pins by category</source>
        <translation>Ghim theo loại</translation>
    </message>
    <message>
        <source>Pins by NR-5 colours</source>
        <translation>Ghim theo màu NR-5</translation>
    </message>
    <message>
        <source>Pins by risk band</source>
        <translation>Ghim theo mức rủi ro</translation>
    </message>
    <message>
        <source>The risk the pins, the legend, the band filter and the matrix show. Current risk: the initial rating until the controls are in place (status controlled or verified), then the residual rating.</source>
        <translation>Rủi ro mà ghim, chú giải, bộ lọc mức và ma trận hiển thị. Rủi ro hiện tại: mức đánh giá ban đầu cho đến khi biện pháp được áp dụng (trạng thái đã kiểm soát hoặc đã xác minh), sau đó là mức tồn dư.</translation>
    </message>
    <message>
        <source>New hazard…</source>
        <translation>Mối nguy mới…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Pin on plan</source>
        <translation>Ghim lên sơ đồ</translation>
    </message>
    <message>
        <source>Click on the plan to place the selected hazard</source>
        <translation>Nhấp vào sơ đồ để đặt mối nguy đã chọn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Risk method:</source>
        <translation>Phương pháp đánh giá:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Not on the plan</source>
        <translation>Không có trên sơ đồ</translation>
    </message>
</context>
<context>
    <name>HazardTableModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Mối nguy</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Exposed ♀/♂</source>
        <translation>Tiếp xúc ♀/♂</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Rủi ro ban đầu</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Rủi ro tồn dư</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Quá hạn từ %1</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>không rõ (%1)</translation>
    </message>
    <message>
        <source>not on the plan</source>
        <translation>không có trên sơ đồ</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Đổi %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Bắt đầu sử dụng</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Find an action or a key…</source>
        <translation>Tìm thao tác hoặc phím…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Cửa sổ</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Sơ đồ mặt bằng</translation>
    </message>
    <message>
        <source>Demo enterprise</source>
        <translation>Doanh nghiệp mẫu</translation>
    </message>
    <message>
        <source>The demo enterprise is already in this workspace.</source>
        <translation>Doanh nghiệp mẫu đã có trong không gian làm việc này.</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Select a record to see its history.</source>
        <translation>Chọn một bản ghi để xem lịch sử.</translation>
    </message>
    <message>
        <source>Select an enterprise to see its activity.</source>
        <translation>Chọn một doanh nghiệp để xem hoạt động.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Lịch sử của %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Fields: before → after</source>
        <translation>Trường: trước → sau</translation>
    </message>
    <message>
        <source>No change of this record is recorded.</source>
        <translation>Không có thay đổi nào của bản ghi này được ghi lại.</translation>
    </message>
    <message>
        <source>Created by %1, %2.</source>
        <translation>Tạo bởi %1, %2.</translation>
    </message>
    <message>
        <source>Recorded before history was kept (%2).</source>
        <translation>Được ghi trước khi có lịch sử (%2).</translation>
    </message>
    <message>
        <source>Created %2.</source>
        <translation>Tạo %2.</translation>
    </message>
    <message>
        <source>Deleted %2.</source>
        <translation>Xóa %2.</translation>
    </message>
    <message>
        <source>Last changed %2.</source>
        <translation>Thay đổi lần cuối %2.</translation>
    </message>
    <message>
        <source>Deleted by %1, %2.</source>
        <translation>Xóa bởi %1, %2.</translation>
    </message>
    <message>
        <source>Last changed by %1, %2.</source>
        <translation>Thay đổi lần cuối bởi %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImprovementTabs</name>
    <message>
        <source>Programme indicators</source>
        <translation>Chỉ số của chương trình</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>Programme overview</source>
        <translation>Tổng quan chương trình</translation>
    </message>
    <message>
        <source>EIT and EIP — %1</source>
        <translation>NCT và KHCT — %1</translation>
    </message>
</context>
<context>
    <name>ImprovementWorkspace</name>
    <message>
        <source>Improvement plan (EIP)</source>
        <translation>Kế hoạch cải tiến (KHCT)</translation>
    </message>
    <message>
        <source>Team (EIT)</source>
        <translation>Nhóm (NCT)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>Rà soát theo dõi</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Workers</source>
        <translation>Công nhân</translation>
    </message>
    <message>
        <source>people</source>
        <translation>người</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <source>Absenteeism</source>
        <translation>Tỷ lệ vắng mặt</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Days lost</source>
        <translation>Số ngày nghỉ</translation>
    </message>
    <message>
        <source>Possible working days</source>
        <translation>Số ngày làm việc có thể</translation>
    </message>
    <message>
        <source>Labour turnover</source>
        <translation>Tỷ lệ nghỉ việc</translation>
    </message>
    <message>
        <source>Separations</source>
        <translation>Số người nghỉ việc</translation>
    </message>
    <message>
        <source>Average headcount</source>
        <translation>Số lao động bình quân</translation>
    </message>
    <message>
        <source>Defect / reject rate</source>
        <translation>Tỷ lệ lỗi / loại bỏ</translation>
    </message>
    <message>
        <source>Defective units</source>
        <translation>Số sản phẩm lỗi</translation>
    </message>
    <message>
        <source>Units produced</source>
        <translation>Số sản phẩm sản xuất</translation>
    </message>
    <message>
        <source>Customer complaints or returns</source>
        <translation>Khiếu nại hoặc trả hàng của khách</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>trường hợp</translation>
    </message>
    <message>
        <source>Complaints or returns</source>
        <translation>Khiếu nại hoặc trả hàng</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Năng suất</translation>
    </message>
    <message>
        <source>units per worker-hour</source>
        <translation>đơn vị trên giờ công</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sản lượng</translation>
    </message>
    <message>
        <source>Worker-hours</source>
        <translation>Giờ công</translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation>Giao hàng đúng hạn</translation>
    </message>
    <message>
        <source>Orders on time</source>
        <translation>Đơn hàng đúng hạn</translation>
    </message>
    <message>
        <source>Orders delivered</source>
        <translation>Đơn hàng đã giao</translation>
    </message>
    <message>
        <source>Energy per unit of output</source>
        <translation>Năng lượng trên đơn vị sản phẩm</translation>
    </message>
    <message>
        <source>kWh per unit</source>
        <translation>kWh trên đơn vị</translation>
    </message>
    <message>
        <source>kWh used</source>
        <translation>kWh đã dùng</translation>
    </message>
    <message>
        <source>Water per unit of output</source>
        <translation>Nước trên đơn vị sản phẩm</translation>
    </message>
    <message>
        <source>m³ per unit</source>
        <translation>m³ trên đơn vị</translation>
    </message>
    <message>
        <source>Water m³</source>
        <translation>Nước m³</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Chất thải</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Waste kg</source>
        <translation>Chất thải kg</translation>
    </message>
    <message>
        <source>Lost-time accidents</source>
        <translation>Tai nạn mất ngày công</translation>
    </message>
    <message>
        <source>Lost-time injuries</source>
        <translation>Chấn thương phải nghỉ việc</translation>
    </message>
    <message>
        <source>Days lost to accidents</source>
        <translation>Số ngày mất do tai nạn</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Accident frequency rate</source>
        <translation>Tần suất tai nạn</translation>
    </message>
    <message>
        <source>per 1,000,000 hours</source>
        <translation>trên 1.000.000 giờ</translation>
    </message>
    <message>
        <source>New injury cases</source>
        <translation>Ca chấn thương mới</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Số giờ làm việc</translation>
    </message>
    <message>
        <source>Accident incidence rate</source>
        <translation>Tỷ lệ tai nạn</translation>
    </message>
    <message>
        <source>per 1,000 workers</source>
        <translation>trên 1.000 lao động</translation>
    </message>
    <message>
        <source>Cost savings</source>
        <translation>Tiết kiệm chi phí</translation>
    </message>
    <message>
        <source>currency per month</source>
        <translation>tiền mỗi tháng</translation>
    </message>
    <message>
        <source>Savings of done and verified projects</source>
        <translation>Khoản tiết kiệm của dự án đã xong và đã xác minh</translation>
    </message>
    <message>
        <source>Suggestions received</source>
        <translation>Đề xuất đã nhận</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>đề xuất</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Suggestions implemented</source>
        <translation>Đề xuất đã thực hiện</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>EIT meetings held</source>
        <translation>Số cuộc họp NCT đã tổ chức</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>cuộc họp</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Improvement projects started</source>
        <translation>Dự án cải tiến đã bắt đầu</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>dự án</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Đã bắt đầu</translation>
    </message>
    <message>
        <source>Improvement projects completed</source>
        <translation>Dự án cải tiến đã hoàn thành</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
</context>
<context>
    <name>IndicatorGridModel</name>
    <message>
        <source>Counted from the EIT and EIP records</source>
        <translation>Tính từ dữ liệu của NCT và KHCT</translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation>Công thức: %1</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Đường cơ sở</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>More than 50 % away from the month before: please check.</source>
        <translation>Chênh hơn 50 % so với tháng trước: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>The pasted block (%1 × %2) does not fit from this cell.</source>
        <translation>Khối dán (%1 × %2) không vừa tính từ ô này.</translation>
    </message>
    <message>
        <source>“%1” is computed, not typed.</source>
        <translation>“%1” được tính, không nhập.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” không phải là số.</translation>
    </message>
    <message numerus="yes">
        <source>Edit indicators (%n value(s))</source>
        <translation>
            <numerusform>Sửa chỉ số (%n giá trị)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Type the raw figures; rates are computed (green: better than the baseline, red: worse; brown figures moved over 50 % from the month before: check them). Paste a block copied from a spreadsheet with Ctrl+V.</source>
        <translation>Nhập số liệu gốc; các tỷ lệ được tự tính (xanh: tốt hơn mức cơ sở, đỏ: kém hơn; số màu nâu thay đổi hơn 50 % so với tháng trước: hãy kiểm tra lại). Dán một khối sao chép từ bảng tính bằng Ctrl+V.</translation>
    </message>
    <message>
        <source>Add indicator…</source>
        <translation>Thêm chỉ số…</translation>
    </message>
    <message>
        <source>An indicator of your programme, for every enterprise</source>
        <translation>Một chỉ số của chương trình bạn, cho mọi doanh nghiệp</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Xuất dữ liệu…</translation>
    </message>
    <message>
        <source>CSV or Excel, one row per month, indicator and sex</source>
        <translation>CSV hoặc Excel, mỗi dòng một tháng, chỉ số và giới tính</translation>
    </message>
    <message>
        <source>Monthly data</source>
        <translation>Số liệu hằng tháng</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Bảng tổng quan</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Baseline survey</source>
        <translation>Khảo sát đường cơ sở</translation>
    </message>
    <message>
        <source>Correct the baseline</source>
        <translation>Điều chỉnh đường cơ sở</translation>
    </message>
    <message>
        <source>The baseline already has a value. Why does it change?</source>
        <translation>Đường cơ sở đã có giá trị. Vì sao thay đổi?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Add indicator “%1”</source>
        <translation>Thêm chỉ số “%1”</translation>
    </message>
    <message>
        <source>Export indicator data</source>
        <translation>Xuất dữ liệu chỉ số</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Sổ làm việc Excel (*.xlsx);;CSV, phân cách bằng dấu phẩy (*.csv)</translation>
    </message>
    <message>
        <source>The data could not be saved to %1: %2</source>
        <translation>Không lưu được dữ liệu vào %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2) vs baseline</source>
        <translation>%1 (%2) so với đường cơ sở</translation>
    </message>
</context>
<context>
    <name>LegendCard</name>
    <message>
        <source>Show the whole legend (Shift+L)</source>
        <translation>Hiện toàn bộ chú giải (Shift+L)</translation>
    </message>
    <message>
        <source>Fold the legend to its title (Shift+L)</source>
        <translation>Thu gọn chú giải về tiêu đề (Shift+L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SCORE Desktop — %1</source>
        <translation>SCORE Desktop — %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Không gian làm việc: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Danh mục doanh nghiệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Không ghi được báo cáo: %1</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Đã ghi báo cáo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n visit(s)?
You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Xóa “%1” và %n chuyến thăm của nó?
Bạn có thể hoàn tác bằng Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Đã ghi báo cáo</translation>
    </message>
    <message>
        <source>Load demo enterprise</source>
        <translation>Tải doanh nghiệp mẫu</translation>
    </message>
    <message>
        <source>SCORE Desktop</source>
        <translation>SCORE Desktop</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Vui lòng xác nhận</translation>
    </message>
    <message>
        <source>SCORE Desktop — %1 (read-only)</source>
        <translation>SCORE Desktop — %1 (chỉ đọc)</translation>
    </message>
    <message>
        <source>Workspace: %1 — read-only: browse and export, no edits</source>
        <translation>Không gian làm việc: %1 — chỉ đọc: xem và xuất, không sửa</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Đang mở không gian làm việc…</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <source>Drag between two points, or click one and then the other, to measure the distance; type a length in metres to see where it reaches.</source>
        <translation>Kéo giữa hai điểm, hoặc nhấp điểm này rồi điểm kia, để đo khoảng cách; gõ một chiều dài bằng mét để xem nó tới đâu.</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Khoảng cách: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New EIT meeting</source>
        <translation>Cuộc họp NCT mới</translation>
    </message>
    <message>
        <source>EIT meeting</source>
        <translation>Cuộc họp NCT</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Người tham dự:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Chủ đề:</translation>
    </message>
    <message>
        <source>De&amp;cisions:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>Projects discussed:</source>
        <translation>Dự án đã thảo luận:</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Log meeting…</source>
        <translation>Ghi cuộc họp…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Meetings per month (last %1 months): %2</source>
        <translation>Số cuộc họp mỗi tháng (%1 tháng gần nhất): %2</translation>
    </message>
    <message>
        <source>Log EIT meeting</source>
        <translation>Ghi cuộc họp NCT</translation>
    </message>
    <message>
        <source>Edit EIT meeting</source>
        <translation>Sửa cuộc họp NCT</translation>
    </message>
    <message>
        <source>Delete EIT meeting</source>
        <translation>Xóa cuộc họp NCT</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New team member</source>
        <translation>Thành viên nhóm mới</translation>
    </message>
    <message>
        <source>Elected by the workers</source>
        <translation>Do người lao động bầu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Bộ phận:</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>Ngày tham gia:</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Ngày rời:</translation>
    </message>
</context>
<context>
    <name>MostMissedTable</name>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Bảng kiểm</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Answered no</source>
        <translation>Trả lời “không”</translation>
    </message>
    <message>
        <source>Share of no</source>
        <translation>Tỷ lệ “không”</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1% trên %2</translation>
    </message>
</context>
<context>
    <name>OfficeActions</name>
    <message>
        <source>Syncing with the office server…</source>
        <translation>Đang đồng bộ với máy chủ văn phòng…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Sync cancelled: what was synced stays; the next sync goes on.</source>
        <translation>Đã hủy đồng bộ: phần đã đồng bộ được giữ; lần đồng bộ sau sẽ tiếp tục.</translation>
    </message>
    <message>
        <source>Synced with the office: %1 sent, %2 received.</source>
        <translation>Đã đồng bộ với văn phòng: gửi %1, nhận %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync with the office</source>
        <translation>Đồng bộ với văn phòng</translation>
    </message>
    <message numerus="yes">
        <source>The automatic sync did not get through; it tries again in %n minute(s).</source>
        <translation>
            <numerusform>Đồng bộ tự động không thành công; sẽ thử lại sau %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <source>Office: syncing…</source>
        <translation>Văn phòng: đang đồng bộ…</translation>
    </message>
    <message>
        <source>Office: not connected</source>
        <translation>Văn phòng: chưa kết nối</translation>
    </message>
    <message numerus="yes">
        <source>Office: %n conflict(s)</source>
        <translation>
            <numerusform>Văn phòng: %n xung đột</numerusform>
        </translation>
    </message>
    <message>
        <source>Office: offline</source>
        <translation>Văn phòng: ngoại tuyến</translation>
    </message>
    <message>
        <source>Office: online</source>
        <translation>Văn phòng: trực tuyến</translation>
    </message>
    <message>
        <source>Connect to the office…</source>
        <translation>Kết nối với văn phòng…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Office server password</source>
        <translation>Mật khẩu máy chủ văn phòng</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mật khẩu cho %1:</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>No photos yet. Drop photos here, or use Add photos…</source>
        <translation>Chưa có ảnh. Thả ảnh vào đây, hoặc dùng Thêm ảnh…</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <source>Open and annotate</source>
        <translation>Mở và chú thích</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Compare before/after</source>
        <translation>So sánh trước/sau</translation>
    </message>
    <message>
        <source>Needs a before and an after photo of the selected photo&apos;s hazard</source>
        <translation>Cần một ảnh trước và một ảnh sau của mối nguy gắn với ảnh đã chọn</translation>
    </message>
    <message>
        <source>Caption of the selected photo</source>
        <translation>Chú thích của ảnh đã chọn</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Mọi ảnh</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Chuyến thăm %1</translation>
    </message>
    <message>
        <source>Hazard: %1</source>
        <translation>Mối nguy: %1</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1 (bị hỏng)</translation>
    </message>
    <message>
        <source>Risk: not rated</source>
        <translation>Rủi ro: chưa đánh giá</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Rủi ro: %1</translation>
    </message>
    <message>
        <source>— no hazard —</source>
        <translation>— không có mối nguy —</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Sửa chú thích</translation>
    </message>
    <message>
        <source>Tag photo</source>
        <translation>Gắn nhãn ảnh</translation>
    </message>
    <message>
        <source>Link photo to hazard</source>
        <translation>Liên kết ảnh với mối nguy</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <source>Add photos</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>Đã nhập %n ảnh.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the rest was not read.</source>
        <translation>Đã hủy nhập; phần còn lại chưa được đọc.</translation>
    </message>
    <message>
        <source>Photo import</source>
        <translation>Nhập ảnh</translation>
    </message>
</context>
<context>
    <name>PhotoPinLayer</name>
    <message>
        <source>Move photo pins (%1)</source>
        <translation>Di chuyển ghim ảnh (%1)</translation>
    </message>
    <message>
        <source>Turn photo pin</source>
        <translation>Xoay ghim ảnh</translation>
    </message>
    <message>
        <source>Remove photo pins (%1)</source>
        <translation>Gỡ ghim ảnh (%1)</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Pan and select</source>
        <translation>Kéo và chọn</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Mũi tên</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Hình elip</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Hình chữ nhật</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Chữ</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>Vẽ tự do</translation>
    </message>
    <message>
        <source>Colour of new marks</source>
        <translation>Màu của dấu mới</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Xóa dấu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Text on the photo</source>
        <translation>Chữ trên ảnh</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Chữ:</translation>
    </message>
    <message>
        <source>Annotate photo</source>
        <translation>Chú thích ảnh</translation>
    </message>
    <message>
        <source>Delete photo mark</source>
        <translation>Xóa dấu trên ảnh</translation>
    </message>
</context>
<context>
    <name>PinLegend</name>
    <message>
        <source>Pin size grows with the risk band (%1: %2 to %3 px). The number in a pin is the workers exposed; its tag (H1…) is its row in the register.</source>
        <translation>Kích thước ghim tăng theo mức rủi ro (%1: từ %2 đến %3 px). Số trong ghim là số người bị phơi nhiễm; nhãn (H1…) là dòng của nó trong sổ đăng ký.</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>không rõ (%1)</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>%1 to %2 mm across</source>
        <translation>đường kính %1 đến %2 mm</translation>
    </message>
    <message>
        <source>%1 to %2 mm across, %3 to %4 px at %5 dpi</source>
        <translation>đường kính %1 đến %2 mm, %3 đến %4 px ở %5 dpi</translation>
    </message>
    <message>
        <source>Pin size grows with the risk band (%1: %2). The number in a pin is the workers exposed; its tag (H1…) is its row in the register.</source>
        <translation>Kích thước ghim tăng theo mức rủi ro (%1: %2). Số trong ghim là số người lao động bị phơi nhiễm; nhãn (H1…) là dòng của nó trong sổ đăng ký.</translation>
    </message>
</context>
<context>
    <name>PlaceHazardTool</name>
    <message>
        <source>Click where the hazard is; its zone and exposed workers are filled in.</source>
        <translation>Nhấp vào vị trí mối nguy; khu vực và số người bị phơi nhiễm được tự điền.</translation>
    </message>
</context>
<context>
    <name>PlanDecisionDialog</name>
    <message>
        <source>Decision on the improvement plan</source>
        <translation>Quyết định về kế hoạch cải tiến</translation>
    </message>
    <message>
        <source>&amp;Approve the plan</source>
        <translation>&amp;Phê duyệt kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Request changes</source>
        <translation>&amp;Yêu cầu thay đổi</translation>
    </message>
    <message>
        <source>Why (needed when you request changes): the consultant reads it</source>
        <translation>Lý do (bắt buộc khi yêu cầu thay đổi): chuyên gia tư vấn sẽ đọc</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New floor plan</source>
        <translation>Sơ đồ mặt bằng mới</translation>
    </message>
    <message>
        <source>Floor plan details</source>
        <translation>Thông tin sơ đồ mặt bằng</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Tòa nhà:</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>&amp;Tầng:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>A floor plan needs a name.</source>
        <translation>Sơ đồ mặt bằng cần có tên.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Select</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Mối nguy</translation>
    </message>
    <message>
        <source>Zone (polygon)</source>
        <translation>Khu vực (đa giác)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Đo</translation>
    </message>
    <message>
        <source>Calibrate scale</source>
        <translation>Hiệu chỉnh tỷ lệ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Attach as a photo taken here</source>
        <translation>Đính kèm như ảnh chụp tại đây</translation>
    </message>
    <message>
        <source>Use as the plan&apos;s background</source>
        <translation>Dùng làm ảnh nền của sơ đồ</translation>
    </message>
    <message>
        <source>Copied %1 item(s) and %2 hazard(s)</source>
        <translation>Đã sao chép %1 mục và %2 mối nguy</translation>
    </message>
    <message>
        <source>%1 copied hazard(s) name a category this workspace does not have: add the category first, then paste again.</source>
        <translation>%1 mối nguy đã sao chép thuộc một loại mà không gian làm việc này chưa có: hãy thêm loại đó trước rồi dán lại.</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Import background</source>
        <translation>Nhập ảnh nền</translation>
    </message>
    <message>
        <source>Plans and photos (*.png *.jpg *.jpeg *.webp *.pdf);;All files (*)</source>
        <translation>Sơ đồ và ảnh (*.png *.jpg *.jpeg *.webp *.pdf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>PDF page</source>
        <translation>Trang PDF</translation>
    </message>
    <message>
        <source>Page to use (1–%1):</source>
        <translation>Trang sẽ dùng (1–%1):</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Đang đọc %1</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels (%4 megapixels); a background has at most %5. Scale it down to fit and import it?</source>
        <translation>%1 có %2 × %3 điểm ảnh (%4 megapixel); ảnh nền tối đa %5. Thu nhỏ cho vừa rồi nhập?</translation>
    </message>
    <message>
        <source>Background imported. Calibrate the scale with K.</source>
        <translation>Đã nhập ảnh nền. Hiệu chỉnh tỷ lệ bằng phím K.</translation>
    </message>
    <message>
        <source>The new background was fitted to the old one&apos;s width (%1 m), so traced items keep their size. If the two drawings do not show the same extent, calibrate again with K.</source>
        <translation>Ảnh nền mới đã được chỉnh theo chiều rộng của ảnh nền cũ (%1 m), nên các đối tượng đã vẽ giữ nguyên kích thước. Nếu hai bản vẽ không thể hiện cùng một phạm vi, hãy hiệu chỉnh lại bằng phím K.</translation>
    </message>
    <message>
        <source>Remove background</source>
        <translation>Gỡ ảnh nền</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Xuất PNG</translation>
    </message>
    <message>
        <source>Resolution (printed at 1:100):</source>
        <translation>Độ phân giải (in tỷ lệ 1:100):</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Plan written: %1 (%2 × %3 pixels)</source>
        <translation>Đã ghi sơ đồ: %1 (%2 × %3 điểm ảnh)</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>Xuất SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Bản vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>Plan written: %1</source>
        <translation>Đã ghi sơ đồ: %1</translation>
    </message>
</context>
<context>
    <name>PlanItemKind</name>
    <message>
        <source>Zone / room</source>
        <translation>Khu vực / phòng</translation>
    </message>
    <message>
        <source>Aisle / walkway</source>
        <translation>Lối đi</translation>
    </message>
    <message>
        <source>Storage area</source>
        <translation>Khu vực lưu trữ</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Tường</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Cửa</translation>
    </message>
    <message>
        <source>Emergency exit</source>
        <translation>Lối thoát hiểm</translation>
    </message>
    <message>
        <source>Machine / workstation</source>
        <translation>Máy / trạm làm việc</translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation>Cầu thang</translation>
    </message>
    <message>
        <source>Fire extinguisher</source>
        <translation>Bình chữa cháy</translation>
    </message>
    <message>
        <source>First-aid point</source>
        <translation>Điểm sơ cứu</translation>
    </message>
    <message>
        <source>Eyewash</source>
        <translation>Bồn rửa mắt</translation>
    </message>
    <message>
        <source>Text label</source>
        <translation>Nhãn chữ</translation>
    </message>
</context>
<context>
    <name>PlanPropertyPanel</name>
    <message>
        <source>Snap to grid</source>
        <translation>Bám theo lưới</translation>
    </message>
    <message>
        <source>Show background</source>
        <translation>Hiện ảnh nền</translation>
    </message>
    <message>
        <source>Lock background</source>
        <translation>Khóa ảnh nền</translation>
    </message>
    <message>
        <source>Name / text:</source>
        <translation>Tên / chữ:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Bộ phận:</translation>
    </message>
    <message>
        <source>Workers (women):</source>
        <translation>Lao động (nữ):</translation>
    </message>
    <message>
        <source>Workers (men):</source>
        <translation>Lao động (nam):</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Chiều rộng:</translation>
    </message>
    <message>
        <source>Depth:</source>
        <translation>Chiều sâu:</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>Góc xoay:</translation>
    </message>
    <message>
        <source>Thickness:</source>
        <translation>Độ dày:</translation>
    </message>
    <message>
        <source>Text height:</source>
        <translation>Chiều cao chữ:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Màu:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Kích thước:</translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation>Tên sơ đồ:</translation>
    </message>
    <message>
        <source>Grid size:</source>
        <translation>Kích thước lưới:</translation>
    </message>
    <message>
        <source>Background opacity:</source>
        <translation>Độ mờ ảnh nền:</translation>
    </message>
    <message>
        <source>%1 items selected</source>
        <translation>Đã chọn %1 mục</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 m long</source>
        <translation>dài %1 m</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Sơ đồ mặt bằng</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Đổi %1</translation>
    </message>
    <message>
        <source>Change floor plan</source>
        <translation>Đổi sơ đồ mặt bằng</translation>
    </message>
    <message>
        <source>Change background</source>
        <translation>Đổi ảnh nền</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
</context>
<context>
    <name>PlanTabs</name>
    <message>
        <source>Ground floor</source>
        <translation>Tầng trệt</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Sơ đồ %1</translation>
    </message>
    <message>
        <source>Edit floor plan details</source>
        <translation>Sửa thông tin sơ đồ mặt bằng</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <source>Duplicate floor plan “%s”</source>
        <translation>Nhân bản sơ đồ “%s”</translation>
    </message>
    <message>
        <source>Delete the floor plan “%1” and everything drawn on it?
You can undo this with Ctrl+Z.</source>
        <translation>Xóa sơ đồ “%1” và mọi thứ đã vẽ trên đó?
Bạn có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>Cannot open the floor plan</source>
        <translation>Không mở được sơ đồ mặt bằng</translation>
    </message>
</context>
<context>
    <name>PointSymbolTool</name>
    <message>
        <source>Click where it hangs or stands.</source>
        <translation>Nhấp vào chỗ nó được treo hoặc đặt.</translation>
    </message>
</context>
<context>
    <name>PolygonAreaTool</name>
    <message>
        <source>Click each corner, or type the next side&apos;s length in metres and press Enter; double-click or Enter closes the shape; Esc cancels.</source>
        <translation>Nhấp từng góc, hoặc gõ chiều dài cạnh tiếp theo bằng mét rồi nhấn Enter; nhấp đúp hoặc Enter để khép hình; Esc để hủy.</translation>
    </message>
</context>
<context>
    <name>PortfolioIndicators</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Chỉ số:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Quốc gia:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Ngành:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Mô-đun:</translation>
    </message>
    <message>
        <source>Checklist items most often answered no, per sector and country</source>
        <translation>Các mục bảng kiểm thường trả lời “không” nhất, theo ngành và quốc gia</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Mọi quốc gia</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Mọi ngành</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Mọi mô-đun</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s) selected; %2 with a baseline. Latest month: %3</source>
        <translation>
            <numerusform>Đã chọn %n doanh nghiệp; %2 có đường cơ sở. Tháng gần nhất: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <source>Search name, place, sector, products…</source>
        <translation>Tìm tên, địa điểm, ngành, sản phẩm…</translation>
    </message>
</context>
<context>
    <name>PortfolioTableModel</name>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Lao động</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Chuyến thăm gần nhất</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>A suggestion scheme exists and is used</source>
        <translation>Có hệ thống góp ý và được sử dụng</translation>
    </message>
    <message>
        <source>Managers and workers meet regularly to solve problems</source>
        <translation>Quản lý và công nhân họp thường xuyên để giải quyết vấn đề</translation>
    </message>
    <message>
        <source>Teams hold short daily or shift meetings</source>
        <translation>Các tổ họp ngắn hằng ngày hoặc theo ca</translation>
    </message>
    <message>
        <source>5S is practised in production areas</source>
        <translation>Áp dụng 5S tại khu vực sản xuất</translation>
    </message>
    <message>
        <source>Defects are recorded and their causes analysed</source>
        <translation>Lỗi được ghi nhận và phân tích nguyên nhân</translation>
    </message>
    <message>
        <source>Customer complaints are recorded and answered</source>
        <translation>Khiếu nại của khách hàng được ghi nhận và phản hồi</translation>
    </message>
    <message>
        <source>Energy and water use are metered and reviewed</source>
        <translation>Việc sử dụng năng lượng và nước được đo đếm và xem xét</translation>
    </message>
    <message>
        <source>Waste is sorted and recycled or sold</source>
        <translation>Chất thải được phân loại và tái chế hoặc bán</translation>
    </message>
    <message>
        <source>Written HR policies (recruitment, pay, leave) exist</source>
        <translation>Có chính sách nhân sự bằng văn bản (tuyển dụng, lương, nghỉ phép)</translation>
    </message>
    <message>
        <source>New workers get an induction and training</source>
        <translation>Công nhân mới được hướng dẫn hội nhập và đào tạo</translation>
    </message>
    <message>
        <source>An OSH committee meets regularly</source>
        <translation>Hội đồng ATVSLĐ họp thường xuyên</translation>
    </message>
    <message>
        <source>Hazards are assessed and recorded</source>
        <translation>Mối nguy được đánh giá và ghi nhận</translation>
    </message>
    <message>
        <source>Suitable PPE is provided free and worn</source>
        <translation>PTBVCN phù hợp được cấp miễn phí và được sử dụng</translation>
    </message>
    <message>
        <source>Accidents and near misses are recorded</source>
        <translation>Tai nạn và sự cố suýt xảy ra được ghi nhận</translation>
    </message>
    <message>
        <source>A policy against harassment is known to all</source>
        <translation>Mọi người đều biết chính sách chống quấy rối</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>Add a good-practice question</source>
        <translation>Thêm câu hỏi về thực hành tốt</translation>
    </message>
    <message>
        <source>&amp;Good practice:</source>
        <translation>&amp;Thực hành tốt:</translation>
    </message>
    <message>
        <source>SCORE module:</source>
        <translation>Mô-đun SCORE:</translation>
    </message>
    <message>
        <source>Write the good practice to ask about.</source>
        <translation>Hãy viết thực hành tốt cần hỏi.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần khởi động sau.</translation>
    </message>
    <message>
        <source> megapixels</source>
        <translation> megapixel</translation>
    </message>
    <message>
        <source>Larger photos are stored as a high-quality copy of this size (≤ 4000 px wide)</source>
        <translation>Ảnh lớn hơn được lưu thành bản sao chất lượng cao ở kích thước này (rộng ≤ 4000 px)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Keep photos as taken up to:</source>
        <translation>Giữ ảnh nguyên gốc đến:</translation>
    </message>
    <message>
        <source>Programme logo:</source>
        <translation>Logo chương trình:</translation>
    </message>
    <message>
        <source>Consultant logo:</source>
        <translation>Logo chuyên gia tư vấn:</translation>
    </message>
    <message>
        <source>Enterprise logo:</source>
        <translation>Logo doanh nghiệp:</translation>
    </message>
    <message>
        <source>Back up the workspace every:</source>
        <translation>Sao lưu không gian làm việc sau mỗi:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Không gian làm việc:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Không có logo</translation>
    </message>
    <message>
        <source>Printed on the cover of PDF reports</source>
        <translation>In trên trang bìa báo cáo PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source> minutes of editing</source>
        <translation> phút chỉnh sửa</translation>
    </message>
    <message>
        <source>keep the last </source>
        <translation>giữ </translation>
    </message>
    <message>
        <source>Backups are kept in your data folder, one folder per workspace</source>
        <translation>Bản sao lưu được giữ trong thư mục dữ liệu của bạn, mỗi không gian làm việc một thư mục</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Chọn logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>%1 cannot be used as a logo: %2</source>
        <translation>Không thể dùng %1 làm logo: %2</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Who is using SCORE Desktop?</source>
        <translation>Ai đang dùng SCORE Desktop?</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make, so that the consultant, the paired inspector and the enterprise manager can see who changed what. You can change it later in Preferences.</source>
        <translation>Tên bạn được ghi kèm mọi thay đổi bạn thực hiện, để chuyên gia tư vấn, thanh tra đi cùng và quản lý doanh nghiệp biết ai đã thay đổi gì. Bạn có thể đổi tên sau trong Tùy chọn.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>As colleagues know you</source>
        <translation>Tên mà đồng nghiệp biết đến bạn</translation>
    </message>
    <message>
        <source>For example ILO SCORE Viet Nam</source>
        <translation>Ví dụ ILO SCORE Việt Nam</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Tên của bạn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Tổ &amp;chức:</translation>
    </message>
    <message>
        <source>Type your name: it is shown beside every change.</source>
        <translation>Nhập tên của bạn: tên được hiển thị bên cạnh mọi thay đổi.</translation>
    </message>
</context>
<context>
    <name>ProgrammeOverview</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Write both tables to an XLSX or CSV file</source>
        <translation>Ghi cả hai bảng vào tệp XLSX hoặc CSV</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Nhóm theo:</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a filter&apos;s label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tất cả quốc gia</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tất cả ngành</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tất cả mô-đun</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Tất cả chuyên gia tư vấn</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s); </source>
        <translation>
            <numerusform>%n doanh nghiệp; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hazard(s), </source>
        <translation>
            <numerusform>%n mối nguy, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open; </source>
        <translation>
            <numerusform>%n chưa xử lý; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement project(s), </source>
        <translation>
            <numerusform>%n dự án cải tiến, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation>%1 đã đóng.</translation>
    </message>
    <message>
        <source>Hazards are counted by their current risk.</source>
        <translation>Mối nguy được tính theo rủi ro hiện tại.</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Mối nguy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa xử lý</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Share closed</source>
        <translation>Tỷ lệ đã đóng</translation>
    </message>
    <message>
        <source>Savings / month (%1)</source>
        <translation>Tiết kiệm / tháng (%1)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Hazard category</source>
        <translation>Loại mối nguy</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Export the programme overview</source>
        <translation>Xuất tổng quan chương trình</translation>
    </message>
    <message>
        <source>programme-overview.xlsx</source>
        <translation>tong-quan-chuong-trinh.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Sổ làm việc Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Hazard categories</source>
        <translation>Loại mối nguy</translation>
    </message>
    <message>
        <source>The overview could not be saved to %1: %2</source>
        <translation>Không thể lưu tổng quan vào %1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectBoard</name>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Chuyển “%1” sang %2</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New improvement project</source>
        <translation>Dự án cải tiến mới</translation>
    </message>
    <message>
        <source>— not an OSH control —</source>
        <translation>— không phải biện pháp ATVSLĐ —</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— chưa có ai —</translation>
    </message>
    <message>
        <source>%1 (left the team)</source>
        <translation>%1 (đã rời nhóm)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Vấn đề:</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>&amp;Nguyên nhân gốc:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <source>SCORE &amp;module:</source>
        <translation>&amp;Mô-đun SCORE:</translation>
    </message>
    <message>
        <source>&amp;Zone or area:</source>
        <translation>&amp;Khu vực:</translation>
    </message>
    <message>
        <source>Linked hazards:</source>
        <translation>Mối nguy liên kết:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Hành động:</translation>
    </message>
    <message>
        <source>Control level:</source>
        <translation>Cấp kiểm soát:</translation>
    </message>
    <message>
        <source>&amp;Responsible (EIT):</source>
        <translation>Người &amp;phụ trách (NCT):</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Bắt đầu:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Hạn:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Trạng thái (&amp;S):</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Tiền tệ:</translation>
    </message>
    <message>
        <source>Cost estimate:</source>
        <translation>Chi phí dự kiến:</translation>
    </message>
    <message>
        <source>Actual cost:</source>
        <translation>Chi phí thực tế:</translation>
    </message>
    <message>
        <source>Expected savings per month:</source>
        <translation>Tiết kiệm dự kiến mỗi tháng:</translation>
    </message>
    <message>
        <source>Actual savings per month:</source>
        <translation>Tiết kiệm thực tế mỗi tháng:</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Chỉ số:</translation>
    </message>
    <message>
        <source>Baseline value:</source>
        <translation>Giá trị cơ sở:</translation>
    </message>
    <message>
        <source>Target value:</source>
        <translation>Giá trị mục tiêu:</translation>
    </message>
    <message>
        <source>Result value:</source>
        <translation>Giá trị đạt được:</translation>
    </message>
    <message>
        <source>Verified on:</source>
        <translation>Xác minh ngày:</translation>
    </message>
    <message>
        <source>Verified by:</source>
        <translation>Xác minh bởi:</translation>
    </message>
    <message>
        <source>After photo:</source>
        <translation>Ảnh sau:</translation>
    </message>
    <message>
        <source>What was done since the last visit (added to the project&apos;s comments)</source>
        <translation>Những việc đã làm từ lần thăm trước (thêm vào bình luận của dự án)</translation>
    </message>
    <message>
        <source>Progress &amp;note:</source>
        <translation>&amp;Ghi chú tiến độ:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Cost, savings and results</source>
        <translation>Chi phí, tiết kiệm và kết quả</translation>
    </message>
    <message>
        <source>Review mode: you can change the status, the after photo and the progress note of this project; the other fields are read-only.</source>
        <translation>Chế độ xem xét: bạn có thể thay đổi trạng thái, ảnh sau và ghi chú tiến độ của dự án này; các trường khác chỉ đọc.</translation>
    </message>
    <message>
        <source>Review mode: this project is read-only (you are not its responsible person); you can comment on it.</source>
        <translation>Chế độ xem xét: dự án này chỉ đọc (bạn không phải người phụ trách); bạn có thể bình luận về dự án.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” không phải là số.</translation>
    </message>
    <message>
        <source>Pays back in %1 months.</source>
        <translation>Hoàn vốn trong %1 tháng.</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Savings / month</source>
        <translation>Tiết kiệm / tháng</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Hoàn vốn (tháng)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Quá hạn từ %1</translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <source>Search projects</source>
        <translation>Tìm dự án</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Mọi mô-đun</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ quá hạn</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Dự án mới…</translation>
    </message>
    <message>
        <source>Make a project that acts on this hazard</source>
        <translation>Tạo dự án xử lý mối nguy này</translation>
    </message>
    <message>
        <source>Project from hazard…</source>
        <translation>Dự án từ mối nguy…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Export EIP…</source>
        <translation>Xuất KHCT…</translation>
    </message>
    <message>
        <source>As an Excel workbook or CSV, with OiRA&apos;s action-plan columns first</source>
        <translation>Dạng sổ làm việc Excel hoặc CSV, các cột kế hoạch hành động OiRA đứng trước</translation>
    </message>
    <message>
        <source>EIP report (PDF)…</source>
        <translation>Báo cáo KHCT (PDF)…</translation>
    </message>
    <message>
        <source>The plan, its costs and savings, and the team, for the enterprise manager</source>
        <translation>Kế hoạch, chi phí và khoản tiết kiệm, cùng nhóm cải tiến, dành cho quản lý doanh nghiệp</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bảng Kanban</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s): %2. By module: %3. Cost %4 %5, savings %6 %5 a month, payback %7.</source>
        <translation>
            <numerusform>%n dự án: %2. Theo mô-đun: %3. Chi phí %4 %5, tiết kiệm %6 %5 mỗi tháng, hoàn vốn %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 tháng</translation>
    </message>
    <message>
        <source>Overdue: %1.</source>
        <translation>Quá hạn: %1.</translation>
    </message>
    <message>
        <source>Add improvement project</source>
        <translation>Thêm dự án cải tiến</translation>
    </message>
    <message>
        <source>Edit improvement project</source>
        <translation>Sửa dự án cải tiến</translation>
    </message>
    <message>
        <source>Export the improvement plan</source>
        <translation>Xuất kế hoạch cải tiến</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Sổ làm việc Excel (*.xlsx);;CSV, phân cách bằng dấu phẩy (*.csv)</translation>
    </message>
    <message>
        <source>EIP report</source>
        <translation>Báo cáo KHCT</translation>
    </message>
    <message>
        <source>Writing the EIP report…</source>
        <translation>Đang ghi báo cáo KHCT…</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: %2</source>
        <translation>Không lưu được kế hoạch vào %1: %2</translation>
    </message>
    <message>
        <source>Delete improvement projects (%1)</source>
        <translation>Xóa dự án cải tiến (%1)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>RatingMatrix</name>
    <message>
        <source>Risk matrix</source>
        <translation>Ma trận rủi ro</translation>
    </message>
    <message>
        <source>Click a cell to rate, or move with the arrow keys and press Space.</source>
        <translation>Nhấp vào một ô để đánh giá, hoặc di chuyển bằng phím mũi tên rồi nhấn Space.</translation>
    </message>
</context>
<context>
    <name>RectangleAreaTool</name>
    <message>
        <source>Drag from corner to corner, or click a corner and type the width and height in metres (12x8 Enter). Esc cancels.</source>
        <translation>Kéo từ góc này sang góc kia, hoặc nhấp một góc rồi gõ chiều rộng và chiều cao bằng mét (12x8 Enter). Esc để hủy.</translation>
    </message>
    <message>
        <source>Click the opposite corner, or type the width and height in metres (12x8) and press Enter.</source>
        <translation>Nhấp góc đối diện, hoặc gõ chiều rộng và chiều cao bằng mét (12x8) rồi nhấn Enter.</translation>
    </message>
</context>
<context>
    <name>RegisterFold</name>
    <message>
        <source>Hazard register</source>
        <translation>Sổ đăng ký mối nguy</translation>
    </message>
    <message>
        <source>Drag to resize; double-click to fold the hazard register away or show it</source>
        <translation>Kéo để đổi kích thước; nhấp đúp để thu gọn hoặc hiện sổ đăng ký mối nguy</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export visit report</source>
        <translation>Xuất báo cáo chuyến thăm</translation>
    </message>
    <message>
        <source>Export monthly progress report</source>
        <translation>Xuất báo cáo tiến độ hằng tháng</translation>
    </message>
    <message>
        <source>A logo could not be read:</source>
        <translation>Không đọc được logo:</translation>
    </message>
    <message>
        <source>Writing the visit report…</source>
        <translation>Đang ghi báo cáo chuyến thăm…</translation>
    </message>
    <message>
        <source>Writing the progress report…</source>
        <translation>Đang ghi báo cáo tiến độ…</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Export visit report</source>
        <translation>Xuất báo cáo chuyến thăm</translation>
    </message>
    <message>
        <source>Export EIP report</source>
        <translation>Xuất báo cáo KHCT</translation>
    </message>
    <message>
        <source>Export monthly progress report</source>
        <translation>Xuất báo cáo tiến độ hằng tháng</translation>
    </message>
    <message>
        <source>From month:</source>
        <translation>Từ tháng:</translation>
    </message>
    <message>
        <source>To month:</source>
        <translation>Đến tháng:</translation>
    </message>
    <message>
        <source>Pins by category</source>
        <translation>Ghim theo loại</translation>
    </message>
    <message>
        <source>Pins by NR-5 colours</source>
        <translation>Ghim theo màu NR-5</translation>
    </message>
    <message>
        <source>Pins by risk band</source>
        <translation>Ghim theo mức rủi ro</translation>
    </message>
    <message>
        <source>North arrow (the top of the plan faces north)</source>
        <translation>Mũi tên chỉ hướng bắc (phía trên sơ đồ là hướng bắc)</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Ngôn ngữ báo cáo:</translation>
    </message>
    <message>
        <source>Hazard pins:</source>
        <translation>Ghim mối nguy:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>The visit and agreed next steps</source>
        <translation>Chuyến thăm và các bước tiếp theo đã thống nhất</translation>
    </message>
    <message>
        <source>Floor plans with hazard pins</source>
        <translation>Sơ đồ mặt bằng có ghim mối nguy</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Ma trận rủi ro</translation>
    </message>
    <message>
        <source>Hazard register</source>
        <translation>Sổ đăng ký mối nguy</translation>
    </message>
    <message>
        <source>Hazards in detail, with photos</source>
        <translation>Chi tiết mối nguy, kèm ảnh</translation>
    </message>
    <message>
        <source>Before and after photos</source>
        <translation>Ảnh trước và sau</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Bảng kiểm</translation>
    </message>
    <message>
        <source>Enterprise Improvement Plan</source>
        <translation>Kế hoạch cải tiến doanh nghiệp</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Chỉ số chính</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Hãy chọn ít nhất một phần.</translation>
    </message>
    <message>
        <source>The last month is before the first.</source>
        <translation>Tháng cuối sớm hơn tháng đầu.</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the backup to put in the workspace&apos;s place. The workspace as it is now is not overwritten: it is renamed and kept in its folder.</source>
        <translation>Chọn bản sao lưu sẽ thay thế không gian làm việc. Không gian làm việc hiện tại không bị ghi đè: nó được đổi tên và giữ trong thư mục của nó.</translation>
    </message>
    <message>
        <source>%1  (%2 MB)</source>
        <translation>%1  (%2 MB)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>New follow-up visit from the last one</source>
        <translation>Chuyến thăm theo dõi mới từ chuyến trước</translation>
    </message>
    <message>
        <source>Carry open work into this visit</source>
        <translation>Chuyển công việc còn mở sang chuyến thăm này</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Trạng thái hiện tại</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Note on the selected item</source>
        <translation>Ghi chú cho mục đã chọn</translation>
    </message>
    <message>
        <source>The after photo that shows the change</source>
        <translation>Ảnh sau cho thấy sự thay đổi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
    <message>
        <source>Re-score hazard…</source>
        <translation>Chấm lại mối nguy…</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Chuyến thăm:</translation>
    </message>
    <message>
        <source>After photo:</source>
        <translation>Ảnh sau:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Mối nguy</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 still to review.</source>
        <translation>
            <numerusform>%n mục, còn %1 cần xem xét.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing carried into this visit yet.</source>
        <translation>Chưa có gì được chuyển sang chuyến thăm này.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <source>No open hazards or projects to carry over.</source>
        <translation>Không có mối nguy hay dự án còn mở để chuyển sang.</translation>
    </message>
    <message>
        <source>Carry open work into the visit</source>
        <translation>Chuyển công việc còn mở sang chuyến thăm</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Rà soát: %1</translation>
    </message>
    <message>
        <source>Re-score hazard</source>
        <translation>Chấm lại mối nguy</translation>
    </message>
</context>
<context>
    <name>RiskInputs</name>
    <message>
        <source>not rated</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Rủi ro:</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Team composition checks</source>
        <translation>Kiểm tra thành phần nhóm</translation>
    </message>
    <message>
        <source>Worker members are elected by the workers</source>
        <translation>Thành viên là công nhân do người lao động bầu</translation>
    </message>
    <message>
        <source>Each check only warns; nothing is refused.</source>
        <translation>Mỗi mục kiểm tra chỉ cảnh báo; không có gì bị từ chối.</translation>
    </message>
    <message>
        <source>Smallest team:</source>
        <translation>Nhóm nhỏ nhất:</translation>
    </message>
    <message>
        <source>Largest team:</source>
        <translation>Nhóm lớn nhất:</translation>
    </message>
    <message>
        <source>Workers at least:</source>
        <translation>Công nhân ít nhất:</translation>
    </message>
    <message>
        <source>Workers at most:</source>
        <translation>Công nhân nhiều nhất:</translation>
    </message>
    <message>
        <source>Women&apos;s share may trail the workforce by:</source>
        <translation>Tỷ lệ nữ có thể thấp hơn tỷ lệ trong lực lượng lao động tối đa:</translation>
    </message>
</context>
<context>
    <name>SegmentTool</name>
    <message>
        <source>Drag from one end to the other, or click one end and type the length in metres; Shift keeps it straight.</source>
        <translation>Kéo từ đầu này sang đầu kia, hoặc nhấp một đầu rồi gõ chiều dài theo mét; giữ Shift để giữ thẳng.</translation>
    </message>
    <message>
        <source>Click the other end, or type its length in metres and press Enter.</source>
        <translation>Nhấp vào đầu kia, hoặc gõ chiều dài theo mét rồi nhấn Enter.</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Click or drag a rectangle to select; Shift/Ctrl adds; drag to move.</source>
        <translation>Nhấp hoặc kéo khung chữ nhật để chọn; Shift/Ctrl để chọn thêm; kéo để di chuyển.</translation>
    </message>
</context>
<context>
    <name>SelectionHandles</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 × %2 m</source>
        <translation>%1 × %2 m</translation>
    </message>
    <message>
        <source>%1 × %2 m, %3 m²</source>
        <translation>%1 × %2 m, %3 m²</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Đổi kích thước</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Xoay</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Đổi hình dạng</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>SCORE packages (*.scorepkg)</source>
        <translation>Gói SCORE (*.scorepkg)</translation>
    </message>
    <message>
        <source>Send enterprise</source>
        <translation>Gửi doanh nghiệp</translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>Nhận một gói</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Gửi %1</translation>
    </message>
    <message>
        <source>A package is one file with the enterprise&apos;s records, their history and the photos they use. Send it by e-mail, USB stick or a shared folder; the receiver merges it with File ▸ Receive package…</source>
        <translation>Gói là một tệp duy nhất chứa các bản ghi của doanh nghiệp, lịch sử của chúng và các ảnh chúng dùng. Hãy gửi qua e-mail, USB hoặc thư mục dùng chung; người nhận hợp nhất gói bằng Tệp ▸ Nhận gói…</translation>
    </message>
    <message>
        <source>The &amp;whole enterprise</source>
        <translation>&amp;Toàn bộ doanh nghiệp</translation>
    </message>
    <message>
        <source>Only what &amp;changed since the last package acknowledged by:</source>
        <translation>Chỉ phần thay đổi kể từ gói gần nhất đã được &amp;xác nhận bởi:</translation>
    </message>
    <message>
        <source>No package from %1 has said yet what they received from you: the whole enterprise will be sent.</source>
        <translation>Chưa có gói nào từ %1 cho biết họ đã nhận được gì từ bạn: toàn bộ doanh nghiệp sẽ được gửi.</translation>
    </message>
    <message>
        <source>Much smaller: what changed since the last package %1 acknowledged. A package lost on the way is sent again.</source>
        <translation>Nhỏ hơn nhiều: phần thay đổi kể từ gói gần nhất %1 đã xác nhận. Gói bị thất lạc trên đường sẽ được gửi lại.</translation>
    </message>
    <message>
        <source>Much smaller: what changed since the last package %1 acknowledged, in the package received from them on %2. A package lost on the way is sent again.</source>
        <translation>Nhỏ hơn nhiều: phần thay đổi kể từ gói gần nhất %1 đã xác nhận, trong gói nhận từ họ lúc %2. Gói bị thất lạc trên đường sẽ được gửi lại.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(không tên)</translation>
    </message>
    <message>
        <source>Once a package has come back from someone, you can send them only what changed since.</source>
        <translation>Khi đã nhận lại một gói từ ai đó, bạn có thể chỉ gửi cho họ những gì đã thay đổi kể từ đó.</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Gửi…</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign visit report</source>
        <translation>Ký báo cáo chuyến thăm</translation>
    </message>
    <message>
        <source>Sign EIP report</source>
        <translation>Ký báo cáo KHCT</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ký lúc</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Ký tay</translation>
    </message>
    <message>
        <source>Add signature…</source>
        <translation>Thêm chữ ký…</translation>
    </message>
    <message>
        <source>Save signed PDF…</source>
        <translation>Lưu PDF đã ký…</translation>
    </message>
    <message>
        <source>Signed copies:</source>
        <translation>Các bản đã ký:</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Chữ ký:</translation>
    </message>
    <message>
        <source>The report as it is now: not signed yet</source>
        <translation>Báo cáo như hiện tại: chưa ký</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Chưa ký</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n chữ ký</numerusform>
        </translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>đã bị thay thế</translation>
    </message>
    <message>
        <source>current</source>
        <translation>hiện hành</translation>
    </message>
    <message>
        <source>Its signed copies are kept as they were; new signatures sign the report as it is now.</source>
        <translation>Các bản đã ký của báo cáo được giữ nguyên; chữ ký mới sẽ ký cho báo cáo như hiện tại.</translation>
    </message>
    <message>
        <source>Superseded: changed after it was signed, on %1 by %2 (%3).</source>
        <translation>Đã bị thay thế: được sửa sau khi ký, vào %1 bởi %2 (%3).</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ai đó</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Signed by %1: save the signed PDF to keep it.</source>
        <translation>%1 đã ký: hãy lưu PDF đã ký để giữ lại.</translation>
    </message>
    <message>
        <source>Add a signature first.</source>
        <translation>Hãy thêm chữ ký trước.</translation>
    </message>
    <message>
        <source>Save signed PDF</source>
        <translation>Lưu PDF đã ký</translation>
    </message>
    <message>
        <source>Signing the report…</source>
        <translation>Đang ký báo cáo…</translation>
    </message>
    <message>
        <source>Sign %1</source>
        <translation>Ký %1</translation>
    </message>
    <message>
        <source>Signing cancelled: nothing was saved.</source>
        <translation>Đã hủy ký: không có gì được lưu.</translation>
    </message>
    <message>
        <source>The signed PDF could not be written: %1</source>
        <translation>Không ghi được PDF đã ký: %1</translation>
    </message>
    <message>
        <source>Signed PDF saved: %1</source>
        <translation>Đã lưu PDF đã ký: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Chưa mở không gian làm việc nào.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Add signature</source>
        <translation>Thêm chữ ký</translation>
    </message>
    <message>
        <source>Clear drawing</source>
        <translation>Xóa nét vẽ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Họ tên:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Drawn signature (optional):</source>
        <translation>Chữ ký tay (không bắt buộc):</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message>
        <source>Type the name of the person signing.</source>
        <translation>Hãy nhập họ tên người ký.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Ký vào đây bằng chuột, bút cảm ứng hoặc ngón tay</translation>
    </message>
</context>
<context>
    <name>SignoffActions</name>
    <message>
        <source>Signed PDF saved: %1</source>
        <translation>Đã lưu PDF đã ký: %1</translation>
    </message>
</context>
<context>
    <name>StartWalkthroughDialog</name>
    <message>
        <source>Start a walk-through</source>
        <translation>Bắt đầu kiểm tra hiện trường</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Danh sách kiểm tra:</translation>
    </message>
    <message>
        <source>Zones to walk through:</source>
        <translation>Các khu vực cần kiểm tra:</translation>
    </message>
    <message>
        <source>Start from the walk-through of %1 (its answers carried)</source>
        <translation>Bắt đầu từ lần kiểm tra hiện trường ngày %1 (chuyển sang các câu trả lời)</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>New suggestion</source>
        <translation>Đề xuất mới</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>ẩn danh</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— không rõ —</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Suggestion:</source>
        <translation>Đề &amp;xuất:</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>Người đề xuất:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Khu vực:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người đề xuất</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Add suggestion…</source>
        <translation>Thêm đề xuất…</translation>
    </message>
    <message>
        <source>Make it a project…</source>
        <translation>Chuyển thành dự án…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>ẩn danh</translation>
    </message>
    <message>
        <source>Add suggestion</source>
        <translation>Thêm đề xuất</translation>
    </message>
    <message>
        <source>Edit suggestion</source>
        <translation>Sửa đề xuất</translation>
    </message>
    <message>
        <source>Make suggestion a project</source>
        <translation>Chuyển đề xuất thành dự án</translation>
    </message>
    <message>
        <source>Delete suggestion</source>
        <translation>Xóa đề xuất</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Được bầu</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Rời nhóm</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Thêm thành viên…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ</translation>
    </message>
    <message>
        <source>Composition checks…</source>
        <translation>Kiểm tra thành phần…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Team composition: balanced.</source>
        <translation>Thành phần nhóm: cân đối.</translation>
    </message>
    <message>
        <source>Team composition:</source>
        <translation>Thành phần nhóm:</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Thêm thành viên nhóm</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Sửa thành viên nhóm</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>Gỡ thành viên nhóm</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>Saved “%1”, version %2</source>
        <translation>Đã lưu “%1”, phiên bản %2</translation>
    </message>
    <message>
        <source>Import checklist template</source>
        <translation>Nhập mẫu danh mục kiểm tra</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Bảng tính (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 was not imported:
%2</source>
        <translation>%1 chưa được nhập:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”, version %2, with %n item(s).</source>
        <translation>
            <numerusform>Đã nhập “%1”, phiên bản %2, với %n mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”, version %2, is already in the workspace as it is in the file.</source>
        <translation>“%1”, phiên bản %2, đã có trong không gian làm việc đúng như trong tệp.</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Mẫu danh mục kiểm tra</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (phiên bản %2)</translation>
    </message>
    <message>
        <source>Export checklist template</source>
        <translation>Xuất mẫu danh mục kiểm tra</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Mẫu:</translation>
    </message>
    <message>
        <source>The template could not be written: %1</source>
        <translation>Không ghi được mẫu: %1</translation>
    </message>
    <message>
        <source>Template written: %1</source>
        <translation>Đã ghi mẫu: %1</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>Các mẫu danh mục kiểm tra</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Mẫu mới</translation>
    </message>
    <message>
        <source>What the checklist is for, and how to use it</source>
        <translation>Danh mục dùng để làm gì và cách sử dụng</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Thêm phần</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Mẫu:</translation>
    </message>
    <message>
        <source>Texts in:</source>
        <translation>Văn bản bằng:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Mô tả:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Mô-đun:</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>Lưu thành:</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (phiên bản %2)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Phần mới</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <source>Section “%1”: %2</source>
        <translation>Phần “%1”: %2</translation>
    </message>
    <message>
        <source>Item “%1”: %2</source>
        <translation>Mục “%1”: %2</translation>
    </message>
    <message>
        <source>The template cannot be saved</source>
        <translation>Không lưu được mẫu</translation>
    </message>
</context>
<context>
    <name>TemplateEntryForm</name>
    <message>
        <source>Choose a section or an item on the left.</source>
        <translation>Chọn một phần hoặc một mục ở bên trái.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Mã khóa:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Answered once per zone</source>
        <translation>Trả lời một lần cho mỗi khu vực</translation>
    </message>
    <message>
        <source>e.g. MS1=yes; workers&gt;=50; sector=garment</source>
        <translation>ví dụ MS1=yes; workers&gt;=50; sector=garment</translation>
    </message>
    <message>
        <source>Show the item only when all these hold, separated by “;”: an earlier item&apos;s answer (MS1=yes, MS1=no|not_applicable), the sector (sector=garment), a module (module=OSH) or the headcount (workers&gt;=50, workers&lt;250).</source>
        <translation>Chỉ hiện mục khi tất cả các điều kiện sau đều đúng, cách nhau bằng “;”: câu trả lời của một mục trước (MS1=yes, MS1=no|not_applicable), ngành (sector=garment), mô-đun (module=OSH) hoặc số lao động (workers&gt;=50, workers&lt;250).</translation>
    </message>
    <message>
        <source>A “no” suggests a hazard</source>
        <translation>Câu trả lời “không” gợi ý một mối nguy</translation>
    </message>
    <message>
        <source>(the item&apos;s text)</source>
        <translation>(nội dung của mục)</translation>
    </message>
    <message>
        <source>One control a line</source>
        <translation>Mỗi dòng một biện pháp kiểm soát</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Level of control:</source>
        <translation>Cấp kiểm soát:</translation>
    </message>
    <message>
        <source>Likelihood (1-5):</source>
        <translation>Khả năng xảy ra (1-5):</translation>
    </message>
    <message>
        <source>Severity (1-5):</source>
        <translation>Mức nghiêm trọng (1-5):</translation>
    </message>
    <message>
        <source>Hazard title:</source>
        <translation>Tiêu đề mối nguy:</translation>
    </message>
    <message>
        <source>Controls:</source>
        <translation>Biện pháp kiểm soát:</translation>
    </message>
    <message>
        <source>A “no” suggests an EIP project</source>
        <translation>Câu trả lời “không” gợi ý một dự án EIP</translation>
    </message>
    <message>
        <source>(the action, else the item&apos;s text)</source>
        <translation>(hành động, nếu không thì nội dung của mục)</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Mô-đun:</translation>
    </message>
    <message>
        <source>Project title:</source>
        <translation>Tiêu đề dự án:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Hành động:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Câu hỏi:</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Hướng dẫn:</translation>
    </message>
    <message>
        <source>Show if:</source>
        <translation>Hiện khi:</translation>
    </message>
</context>
<context>
    <name>TextTool</name>
    <message>
        <source>Click where the text goes.</source>
        <translation>Nhấp vào chỗ đặt chữ.</translation>
    </message>
    <message>
        <source>Text label</source>
        <translation>Nhãn chữ</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Chữ:</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Activity of %1</source>
        <translation>Hoạt động của %1</translation>
    </message>
    <message>
        <source>&amp;History of record…</source>
        <translation>&amp;Lịch sử bản ghi…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Người:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>ngày bất kỳ</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Bất kỳ ai</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Bản ghi bất kỳ</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Khôi phục %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is back, with %n record(s) deleted with it.</source>
        <translation>
            <numerusform>%1 đã được khôi phục, cùng %n bản ghi bị xóa theo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 đã được khôi phục.</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Xuất hoạt động</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Chưa xuất: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exported to %1</source>
        <translation>
            <numerusform>Đã xuất %n thay đổi sang %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>TypedLengths</name>
    <message>
        <source>Length: %1. Enter draws it; Backspace edits; Esc stops typing.</source>
        <translation>Chiều dài: %1. Enter để vẽ; Backspace để sửa; Esc để dừng nhập.</translation>
    </message>
    <message>
        <source>Size: %1. Tab or x goes to the height, Enter draws it; Backspace edits; Esc stops typing.</source>
        <translation>Kích thước: %1. Tab hoặc x để chuyển sang chiều cao, Enter để vẽ; Backspace để sửa; Esc để dừng nhập.</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Delete the visit of %1?
You can undo this with Ctrl+Z.</source>
        <translation>Xóa chuyến thăm ngày %1?
Bạn có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>Chuyến thăm mới</translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation>Sửa chuyến thăm</translation>
    </message>
    <message>
        <source>Choose the SCORE module this visit belongs to.</source>
        <translation>Chọn mô-đun SCORE mà chuyến thăm này thuộc về.</translation>
    </message>
    <message>
        <source>The next visit cannot be before this visit.</source>
        <translation>Chuyến thăm tiếp theo không thể trước chuyến thăm này.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>SCORE &amp;module:</source>
        <translation>&amp;Mô-đun SCORE:</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Chuyên gia tư vấn:</translation>
    </message>
    <message>
        <source>Safety &amp;inspector:</source>
        <translation>&amp;Thanh tra an toàn:</translation>
    </message>
    <message>
        <source>Optional: paired work-safety inspector</source>
        <translation>Không bắt buộc: thanh tra an toàn lao động đi cùng</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>Người th&amp;am dự:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Mục tiêu:</translation>
    </message>
    <message>
        <source>O&amp;bservations:</source>
        <translation>&amp;Quan sát:</translation>
    </message>
    <message>
        <source>Agreed &amp;next steps:</source>
        <translation>Các &amp;bước tiếp theo đã thống nhất:</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Chuyến thăm tiếp theo:</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Dự kiến ngày</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>SCORE module</source>
        <translation>Mô-đun SCORE</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>Safety inspector</source>
        <translation>Thanh tra an toàn</translation>
    </message>
</context>
<context>
    <name>WalkthroughModel</name>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Lần trước</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <source>%1 (carried)</source>
        <translation>%1 (chuyển sang)</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Mối nguy</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n ảnh</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried from the last walk-through: answer again to confirm it</source>
        <translation>Chuyển từ lần kiểm tra hiện trường trước: trả lời lại để xác nhận</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Chưa có câu trả lời</translation>
    </message>
    <message>
        <source>%1% yes (%2 of %3)</source>
        <translation>%1% có (%2 trên %3)</translation>
    </message>
</context>
<context>
    <name>WalkthroughWindow</name>
    <message>
        <source>Walk-through: %1 (%2)</source>
        <translation>Kiểm tra hiện trường: %1 (%2)</translation>
    </message>
    <message>
        <source>What was seen, and where</source>
        <translation>Đã thấy gì, ở đâu</translation>
    </message>
    <message>
        <source>No: make hazard (H)</source>
        <translation>Không: tạo mối nguy (H)</translation>
    </message>
    <message>
        <source>No: make project (P)</source>
        <translation>Không: tạo dự án (P)</translation>
    </message>
    <message>
        <source>No: both (B)</source>
        <translation>Không: tạo cả hai (B)</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Khu vực:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Ảnh:</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Ghi chú cho “%1”</translation>
    </message>
    <message>
        <source>(whole site)</source>
        <translation>(toàn bộ cơ sở)</translation>
    </message>
    <message>
        <source>Hazard: %1</source>
        <translation>Mối nguy: %1</translation>
    </message>
    <message>
        <source>EIP project: %1</source>
        <translation>Dự án KHCT: %1</translation>
    </message>
    <message>
        <source>Since the last walk-through: %1 better, %2 worse, %3 other changes; %4 answers carried, not checked again</source>
        <translation>Kể từ lần kiểm tra hiện trường trước: %1 tốt hơn, %2 kém hơn, %3 thay đổi khác; %4 câu trả lời chuyển sang, chưa kiểm tra lại</translation>
    </message>
    <message>
        <source>Yes %1 · No %2 · Not applicable %3 · Not checked %4 · template version %5</source>
        <translation>Có %1 · Không %2 · Không áp dụng %3 · Chưa kiểm tra %4 · phiên bản mẫu %5</translation>
    </message>
</context>
<context>
    <name>WipeView</name>
    <message>
        <source>after</source>
        <translation>sau</translation>
    </message>
    <message>
        <source>before</source>
        <translation>trước</translation>
    </message>
</context>
<context>
    <name>WorkspaceCare</name>
    <message>
        <source>The workspace could not be backed up: %1</source>
        <translation>Không sao lưu được không gian làm việc: %1</translation>
    </message>
    <message>
        <source>There is no backup of this workspace yet.</source>
        <translation>Chưa có bản sao lưu nào của không gian làm việc này.</translation>
    </message>
    <message>
        <source>The backup of %1 is now the workspace.</source>
        <translation>Bản sao lưu lúc %1 giờ là không gian làm việc.</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>Đang khôi phục bản sao lưu lúc %1…</translation>
    </message>
    <message>
        <source>The workspace as it was is kept beside it, as %1.</source>
        <translation>Không gian làm việc như trước được giữ bên cạnh, với tên %1.</translation>
    </message>
    <message>
        <source>Workspace replaced</source>
        <translation>Đã thay không gian làm việc</translation>
    </message>
    <message>
        <source>Compacting the workspace…</source>
        <translation>Đang thu gọn không gian làm việc…</translation>
    </message>
    <message numerus="yes">
        <source>Removed the bytes of %n photo(s) that no record refers to.
The workspace went from %2 to %3: %4 freed.</source>
        <translation>
            <numerusform>Đã gỡ dữ liệu của %n ảnh không còn bản ghi nào tham chiếu.
Không gian làm việc giảm từ %2 xuống %3: giải phóng %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace compacted</source>
        <translation>Đã thu gọn không gian làm việc</translation>
    </message>
    <message>
        <source>The workspace is damaged: nothing is written to it.</source>
        <translation>Không gian làm việc bị hỏng: không ghi gì vào đó.</translation>
    </message>
    <message>
        <source>Looking for the last good backup…</source>
        <translation>Đang tìm bản sao lưu tốt gần nhất…</translation>
    </message>
    <message>
        <source>Recovering what can be read…</source>
        <translation>Đang khôi phục phần còn đọc được…</translation>
    </message>
    <message>
        <source>Wait until the photo import, report or backup under way has finished.</source>
        <translation>Hãy chờ việc nhập ảnh, ghi báo cáo hoặc sao lưu đang chạy hoàn tất.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New enterprise…</source>
        <translation>Doanh nghiệp &amp;mới…</translation>
    </message>
    <message>
        <source>Add an enterprise</source>
        <translation>Thêm doanh nghiệp</translation>
    </message>
    <message>
        <source>&amp;Edit enterprise…</source>
        <translation>&amp;Sửa doanh nghiệp…</translation>
    </message>
    <message>
        <source>Edit the selected enterprise</source>
        <translation>Sửa doanh nghiệp đã chọn</translation>
    </message>
    <message>
        <source>&amp;Delete enterprise</source>
        <translation>&amp;Xóa doanh nghiệp</translation>
    </message>
    <message>
        <source>Delete the selected enterprise and its visits</source>
        <translation>Xóa doanh nghiệp đã chọn cùng các chuyến thăm</translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation>Chuyến &amp;thăm mới…</translation>
    </message>
    <message>
        <source>Record a visit to the selected enterprise</source>
        <translation>Ghi một chuyến thăm doanh nghiệp đã chọn</translation>
    </message>
    <message>
        <source>Ed&amp;it visit…</source>
        <translation>Sửa chuyến thăm (&amp;I)…</translation>
    </message>
    <message>
        <source>Edit the selected visit</source>
        <translation>Sửa chuyến thăm đã chọn</translation>
    </message>
    <message>
        <source>Delete visi&amp;t</source>
        <translation>Xóa chuyến thăm (&amp;T)</translation>
    </message>
    <message>
        <source>Delete the selected visit</source>
        <translation>Xóa chuyến thăm đã chọn</translation>
    </message>
    <message>
        <source>E&amp;xport visit report…</source>
        <translation>&amp;Xuất báo cáo chuyến thăm…</translation>
    </message>
    <message>
        <source>Write the selected visit&apos;s report as PDF</source>
        <translation>Ghi báo cáo của chuyến thăm đã chọn ra PDF</translation>
    </message>
    <message>
        <source>Export monthly &amp;progress report…</source>
        <translation>Xuất báo cáo &amp;tiến độ hằng tháng…</translation>
    </message>
    <message>
        <source>Indicators, improvement plan and EIT meetings of a month as PDF</source>
        <translation>Chỉ số, kế hoạch cải tiến và cuộc họp NCT của một tháng, dạng PDF</translation>
    </message>
    <message>
        <source>&amp;Walk-through…</source>
        <translation>Kiểm tra hiện trường (&amp;W)…</translation>
    </message>
    <message>
        <source>Answer a checklist on the selected visit, zone by zone</source>
        <translation>Trả lời danh sách kiểm tra trong chuyến thăm đã chọn, lần lượt từng khu vực</translation>
    </message>
    <message>
        <source>C&amp;hecklist templates…</source>
        <translation>&amp;Mẫu danh mục kiểm tra…</translation>
    </message>
    <message>
        <source>Edit a checklist&apos;s sections, items, help, conditions and suggested hazards and projects; saving adds a new version</source>
        <translation>Sửa các phần, mục, hướng dẫn, điều kiện, mối nguy và dự án được gợi ý của danh mục; khi lưu sẽ thêm một phiên bản mới</translation>
    </message>
    <message>
        <source>Import checklist template…</source>
        <translation>Nhập mẫu danh mục kiểm tra…</translation>
    </message>
    <message>
        <source>Add a checklist template written in a spreadsheet (XLSX)</source>
        <translation>Thêm mẫu danh mục kiểm tra được viết trong bảng tính (XLSX)</translation>
    </message>
    <message>
        <source>Export checklist template…</source>
        <translation>Xuất mẫu danh mục kiểm tra…</translation>
    </message>
    <message>
        <source>Write a checklist template as a spreadsheet to change or translate</source>
        <translation>Ghi mẫu danh mục kiểm tra thành bảng tính để sửa hoặc dịch</translation>
    </message>
    <message>
        <source>&amp;Sign visit report…</source>
        <translation>Ký &amp;báo cáo chuyến thăm…</translation>
    </message>
    <message>
        <source>Sign the selected visit&apos;s report with the inspector and the manager, and save it as a signed PDF</source>
        <translation>Ký báo cáo của chuyến thăm đã chọn cùng thanh tra và quản lý, rồi lưu thành PDF đã ký</translation>
    </message>
    <message>
        <source>Sign &amp;EIP report…</source>
        <translation>Ký báo cáo KHCT (&amp;E)…</translation>
    </message>
    <message>
        <source>Sign the enterprise&apos;s improvement plan report and save it as a PDF</source>
        <translation>Ký báo cáo kế hoạch cải tiến của doanh nghiệp và lưu thành PDF</translation>
    </message>
    <message>
        <source>Sen&amp;d enterprise…</source>
        <translation>Gửi &amp;doanh nghiệp…</translation>
    </message>
    <message>
        <source>Write the selected enterprise&apos;s records, history and photos to a package file for the inspector, the manager or another consultant</source>
        <translation>Ghi các bản ghi, lịch sử và ảnh của doanh nghiệp đã chọn ra một tệp gói cho thanh tra, quản lý hoặc chuyên gia tư vấn khác</translation>
    </message>
    <message>
        <source>&amp;Receive package…</source>
        <translation>&amp;Nhận gói…</translation>
    </message>
    <message>
        <source>Merge a package someone sent (or drop the file on the window); differing changes wait in the conflict inbox</source>
        <translation>Hợp nhất một gói ai đó đã gửi (hoặc thả tệp vào cửa sổ); các thay đổi khác nhau sẽ chờ trong hộp xung đột</translation>
    </message>
    <message>
        <source>Con&amp;flict inbox…</source>
        <translation>Hộp xung đột (&amp;F)…</translation>
    </message>
    <message>
        <source>Decide between changes made here and in another workspace</source>
        <translation>Quyết định giữa các thay đổi thực hiện ở đây và ở không gian làm việc khác</translation>
    </message>
    <message>
        <source>Connect &amp;to office…</source>
        <translation>Kết nối &amp;văn phòng…</translation>
    </message>
    <message>
        <source>Give the office server&apos;s address, your name and your password</source>
        <translation>Nhập địa chỉ máy chủ văn phòng, tên và mật khẩu của bạn</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Đồn&amp;g bộ</translation>
    </message>
    <message>
        <source>Send your changes to the office server and bring your colleagues&apos; changes here</source>
        <translation>Gửi thay đổi của bạn lên máy chủ văn phòng và mang thay đổi của đồng nghiệp về đây</translation>
    </message>
    <message>
        <source>New floor &amp;plan…</source>
        <translation>Sơ đồ mặt bằng &amp;mới…</translation>
    </message>
    <message>
        <source>Add a floor plan to the selected enterprise</source>
        <translation>Thêm sơ đồ mặt bằng cho doanh nghiệp đã chọn</translation>
    </message>
    <message>
        <source>&amp;Open floor plan</source>
        <translation>&amp;Mở sơ đồ mặt bằng</translation>
    </message>
    <message>
        <source>Open the selected floor plan in a tab</source>
        <translation>Mở sơ đồ đã chọn trong một thẻ</translation>
    </message>
    <message>
        <source>EIT &amp;&amp; &amp;improvement plan</source>
        <translation>NCT &amp;&amp; kế hoạch &amp;cải tiến</translation>
    </message>
    <message>
        <source>The enterprise&apos;s improvement team, projects and follow-up review</source>
        <translation>Nhóm cải tiến của doanh nghiệp, các dự án và rà soát theo dõi</translation>
    </message>
    <message>
        <source>&amp;Programme indicators</source>
        <translation>Chỉ số của &amp;chương trình</translation>
    </message>
    <message>
        <source>Indicators over all or a selection of enterprises</source>
        <translation>Chỉ số của mọi doanh nghiệp hoặc một nhóm được chọn</translation>
    </message>
    <message>
        <source>Programme &amp;overview</source>
        <translation>&amp;Tổng quan chương trình</translation>
    </message>
    <message>
        <source>Hazards by risk and category, projects closed and savings, by country, sector, module or consultant</source>
        <translation>Mối nguy theo rủi ro và loại, dự án đã đóng và khoản tiết kiệm, theo quốc gia, ngành, mô-đun hoặc chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>Floor plan &amp;details…</source>
        <translation>&amp;Thông tin sơ đồ mặt bằng…</translation>
    </message>
    <message>
        <source>Rename the plan, set building, floor, notes</source>
        <translation>Đổi tên sơ đồ, đặt tòa nhà, tầng, ghi chú</translation>
    </message>
    <message>
        <source>D&amp;uplicate floor plan</source>
        <translation>&amp;Nhân bản sơ đồ mặt bằng</translation>
    </message>
    <message>
        <source>Copy the selected plan with everything on it</source>
        <translation>Sao chép sơ đồ đã chọn cùng mọi thứ trên đó</translation>
    </message>
    <message>
        <source>Delete floor p&amp;lan</source>
        <translation>Xóa sơ đồ mặt bằng (&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected floor plan</source>
        <translation>Xóa sơ đồ mặt bằng đã chọn</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Đón&amp;g thẻ</translation>
    </message>
    <message>
        <source>&amp;Find enterprise</source>
        <translation>&amp;Tìm doanh nghiệp</translation>
    </message>
    <message>
        <source>Search the portfolio</source>
        <translation>Tìm trong danh mục doanh nghiệp</translation>
    </message>
    <message>
        <source>The comment thread of the selected hazard, project, visit or plan</source>
        <translation>Bình luận của mối nguy, dự án, lần thăm hoặc sơ đồ đã chọn</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <source>Every change of the selected record: who, when, old and new values</source>
        <translation>Mọi thay đổi của bản ghi đã chọn: ai, khi nào, giá trị cũ và mới</translation>
    </message>
    <message>
        <source>&amp;Activity of the enterprise…</source>
        <translation>&amp;Hoạt động của doanh nghiệp…</translation>
    </message>
    <message>
        <source>Every change to the enterprise&apos;s records; restore deleted ones</source>
        <translation>Mọi thay đổi trong các bản ghi của doanh nghiệp; khôi phục bản ghi đã xóa</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Put a backup in the workspace&apos;s place; the workspace is kept aside</source>
        <translation>Đặt một bản sao lưu vào chỗ không gian làm việc; không gian làm việc hiện tại được giữ riêng</translation>
    </message>
    <message>
        <source>Co&amp;mpact workspace</source>
        <translation>Th&amp;u gọn không gian làm việc</translation>
    </message>
    <message>
        <source>Remove photo bytes no record refers to and free unused space</source>
        <translation>Gỡ dữ liệu ảnh không còn bản ghi nào tham chiếu và giải phóng dung lượng thừa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Bắt đầu sử dụng</translation>
    </message>
    <message>
        <source>A short guide from a first visit to its report</source>
        <translation>Hướng dẫn ngắn, từ chuyến thăm đầu tiên đến báo cáo</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Every shortcut of the window, searchable</source>
        <translation>Mọi phím tắt của cửa sổ, có thể tìm kiếm</translation>
    </message>
    <message>
        <source>Load &amp;demo enterprise</source>
        <translation>Tải doanh nghiệp &amp;mẫu</translation>
    </message>
    <message>
        <source>Add an example garment factory with visits, a plan, hazards and an EIP</source>
        <translation>Thêm một xưởng may mẫu với các chuyến thăm, sơ đồ, mối nguy và KHCT</translation>
    </message>
    <message>
        <source>&amp;About SCORE Desktop</source>
        <translation>&amp;Giới thiệu SCORE Desktop</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The details were written to %1: please send that file with your report of the problem.</source>
        <translation>Chi tiết đã được ghi vào %1: hãy gửi tệp đó kèm theo báo cáo sự cố của bạn.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>Không ghi được chi tiết vào tệp nhật ký.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Everything you had saved is safe in the workspace. %2</source>
        <translation>Đã xảy ra lỗi: %1

Mọi thứ bạn đã lưu vẫn an toàn trong không gian làm việc. %2</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Không mở được không gian làm việc</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>Không gian làm việc trống</translation>
    </message>
    <message>
        <source>This workspace has no enterprises yet.

Load a demo enterprise (a cable maker in Deyang, Sichuan, with four visits) to explore the application?</source>
        <translation>Không gian làm việc này chưa có doanh nghiệp nào.

Tải doanh nghiệp mẫu (một nhà sản xuất cáp ở Đức Dương, Tứ Xuyên, có bốn chuyến thăm) để khám phá ứng dụng?</translation>
    </message>
</context>
<context>
    <name>checklists</name>
    <message>
        <source>better</source>
        <translation>tốt hơn</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>kém hơn</translation>
    </message>
    <message>
        <source>newly checked</source>
        <translation>mới kiểm tra</translation>
    </message>
    <message>
        <source>not checked again</source>
        <translation>chưa kiểm tra lại</translation>
    </message>
    <message>
        <source>applicability changed</source>
        <translation>thay đổi phạm vi áp dụng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Chưa kiểm tra</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Redo: %s</source>
        <translation>Làm lại: %s</translation>
    </message>
    <message>
        <source>Undo: %s</source>
        <translation>Hoàn tác: %s</translation>
    </message>
    <message>
        <source>Add enterprise “%s”</source>
        <translation>Thêm doanh nghiệp “%s”</translation>
    </message>
    <message>
        <source>Edit enterprise “%s”</source>
        <translation>Sửa doanh nghiệp “%s”</translation>
    </message>
    <message>
        <source>Delete enterprise “%s”</source>
        <translation>Xóa doanh nghiệp “%s”</translation>
    </message>
    <message>
        <source>Add visit of %s</source>
        <translation>Thêm chuyến thăm ngày %s</translation>
    </message>
    <message>
        <source>Edit visit of %s</source>
        <translation>Sửa chuyến thăm ngày %s</translation>
    </message>
    <message>
        <source>Delete visit of %s</source>
        <translation>Xóa chuyến thăm ngày %s</translation>
    </message>
    <message>
        <source>Add floor plan “%s”</source>
        <translation>Thêm sơ đồ mặt bằng “%s”</translation>
    </message>
    <message>
        <source>Delete floor plan “%s”</source>
        <translation>Xóa sơ đồ mặt bằng “%s”</translation>
    </message>
    <message>
        <source>Add items (%1)</source>
        <translation>Thêm mục (%1)</translation>
    </message>
    <message>
        <source>Delete items (%1)</source>
        <translation>Xóa mục (%1)</translation>
    </message>
    <message>
        <source>Add hazard “%s”</source>
        <translation>Thêm mối nguy “%s”</translation>
    </message>
    <message>
        <source>Delete hazards (%1)</source>
        <translation>Xóa mối nguy (%1)</translation>
    </message>
    <message>
        <source>Use risk method “%s”</source>
        <translation>Dùng phương pháp đánh giá “%s”</translation>
    </message>
    <message>
        <source>Edit hazard categories</source>
        <translation>Sửa các loại mối nguy</translation>
    </message>
    <message>
        <source>Add photos (%1)</source>
        <translation>Thêm ảnh (%1)</translation>
    </message>
    <message>
        <source>Delete photos (%1)</source>
        <translation>Xóa ảnh (%1)</translation>
    </message>
    <message>
        <source>Comment “%s”</source>
        <translation>Bình luận “%s”</translation>
    </message>
    <message>
        <source>Decide on the improvement plan</source>
        <translation>Quyết định về kế hoạch cải tiến</translation>
    </message>
    <message>
        <source>Update progress of “%s”</source>
        <translation>Cập nhật tiến độ của “%s”</translation>
    </message>
    <message>
        <source>Start walk-through “%s”</source>
        <translation>Bắt đầu kiểm tra hiện trường “%s”</translation>
    </message>
    <message>
        <source>Delete walk-through</source>
        <translation>Xóa lần kiểm tra hiện trường</translation>
    </message>
    <message>
        <source>Answer “%s”</source>
        <translation>Trả lời “%s”</translation>
    </message>
</context>
<context>
    <name>comments</name>
    <message>
        <source>Comments…</source>
        <translation>Bình luận…</translation>
    </message>
    <message>
        <source>Comments (%1, %n new)…</source>
        <translation>Bình luận (%1, %n mới)…</translation>
    </message>
    <message>
        <source>Comments (%1)…</source>
        <translation>Bình luận (%1)…</translation>
    </message>
    <message>
        <source>Review mode (enterprise manager): records are read-only; you can comment, update the projects you are responsible for and decide on the improvement plan.</source>
        <translation>Chế độ xem xét (quản lý doanh nghiệp): hồ sơ chỉ đọc; bạn có thể bình luận, cập nhật dự án do bạn phụ trách và quyết định về kế hoạch cải tiến.</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Mối nguy</translation>
    </message>
    <message>
        <source>EIP project</source>
        <translation>Dự án EIP</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Lần thăm</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Sơ đồ mặt bằng</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Ghi chú tiến độ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>Approved the improvement plan.</source>
        <translation>Đã phê duyệt kế hoạch cải tiến.</translation>
    </message>
    <message>
        <source>Requested changes to the improvement plan.</source>
        <translation>Đã yêu cầu thay đổi kế hoạch cải tiến.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation>Bỏ những gì bạn đã nhập trong biểu mẫu này?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục chỉnh sửa</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Sơ đồ mặt bằng</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Mục trên sơ đồ</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Mối nguy</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>EIT member</source>
        <translation>Thành viên NCT</translation>
    </message>
    <message>
        <source>EIT meeting</source>
        <translation>Cuộc họp NCT</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Improvement project</source>
        <translation>Dự án cải tiến</translation>
    </message>
    <message>
        <source>Follow-up review item</source>
        <translation>Mục rà soát theo dõi</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Giá trị chỉ số</translation>
    </message>
    <message>
        <source>Baseline correction</source>
        <translation>Điều chỉnh đường cơ sở</translation>
    </message>
    <message>
        <source>Baseline survey answer</source>
        <translation>Câu trả lời khảo sát đường cơ sở</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>SCORE module</source>
        <translation>Mô-đun SCORE</translation>
    </message>
    <message>
        <source>Hazard category</source>
        <translation>Loại mối nguy</translation>
    </message>
    <message>
        <source>Risk bands</source>
        <translation>Các mức rủi ro</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Mục danh mục</translation>
    </message>
    <message>
        <source>Signed report</source>
        <translation>Báo cáo đã ký</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation>Kiểm tra hiện trường</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Câu trả lời danh sách kiểm tra</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Mẫu danh sách kiểm tra</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Đã thay đổi</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>Recorded before history</source>
        <translation>Được ghi trước khi có lịch sử</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>history_field</name>
    <message>
        <source>Carried from the last walk-through</source>
        <translation>Chuyển từ lần kiểm tra hiện trường trước</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Mục kiểm tra</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Previous walk-through</source>
        <translation>Lần kiểm tra hiện trường trước</translation>
    </message>
    <message>
        <source>Zone (repeated item)</source>
        <translation>Khu vực (mục lặp lại)</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Bắt đầu ngày</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Phiên bản mẫu</translation>
    </message>
    <message>
        <source>Template version number</source>
        <translation>Số phiên bản mẫu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation>Kiểm tra hiện trường</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Các khu vực</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Author&apos;s role</source>
        <translation>Vai trò của tác giả</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>After photo</source>
        <translation>Ảnh sau</translation>
    </message>
    <message>
        <source>Marks on the photo</source>
        <translation>Dấu trên ảnh</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <source>Background placement</source>
        <translation>Vị trí ảnh nền</translation>
    </message>
    <message>
        <source>Background image</source>
        <translation>Ảnh nền</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Các mức</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Giá trị cơ sở</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Tòa nhà</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Máy ảnh</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Report content (SHA-256)</source>
        <translation>Nội dung báo cáo (SHA-256)</translation>
    </message>
    <message>
        <source>Report content (bytes)</source>
        <translation>Nội dung báo cáo (byte)</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>Cấp kiểm soát</translation>
    </message>
    <message>
        <source>Corrected at</source>
        <translation>Điều chỉnh lúc</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Chi phí thực tế</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Chi phí dự kiến</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Drawn signature</source>
        <translation>Chữ ký tay</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn chót</translation>
    </message>
    <message>
        <source>Elected by workers</source>
        <translation>Do người lao động bầu</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>Biện pháp hiện có</translation>
    </message>
    <message>
        <source>Exposed men</source>
        <translation>Nam bị phơi nhiễm</translation>
    </message>
    <message>
        <source>Exposed women</source>
        <translation>Nữ bị phơi nhiễm</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Màu tô</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Tầng</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Grid (m)</source>
        <translation>Lưới (m)</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Mối nguy</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Mối nguy</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Chiều cao</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Được xác định bởi</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Rủi ro ban đầu</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Thanh tra</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Tham gia ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Rời ngày</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Main buyers</source>
        <translation>Khách hàng chính</translation>
    </message>
    <message>
        <source>Managers, men</source>
        <translation>Quản lý, nam</translation>
    </message>
    <message>
        <source>Managers, women</source>
        <translation>Quản lý, nữ</translation>
    </message>
    <message>
        <source>Scale (m per unit)</source>
        <translation>Tỷ lệ (m mỗi đơn vị)</translation>
    </message>
    <message>
        <source>SCORE module</source>
        <translation>Mô-đun SCORE</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Các bước tiếp theo</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Chuyến thăm tiếp theo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>NR-5 group</source>
        <translation>Nhóm NR-5</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Quan sát</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Định nghĩa</translation>
    </message>
    <message>
        <source>Signed PDF (SHA-256)</source>
        <translation>PDF đã ký (SHA-256)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Pin direction</source>
        <translation>Hướng của ghim</translation>
    </message>
    <message>
        <source>Pinned on plan</source>
        <translation>Đã ghim trên sơ đồ</translation>
    </message>
    <message>
        <source>Pin x</source>
        <translation>Ghim x</translation>
    </message>
    <message>
        <source>Pin y</source>
        <translation>Ghim y</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Sơ đồ mặt bằng</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Hình dạng</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Thực hành tốt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Proposed controls</source>
        <translation>Biện pháp đề xuất</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Rủi ro tồn dư</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Risk method</source>
        <translation>Phương pháp đánh giá</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Nguyên nhân gốc</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Góc xoay</translation>
    </message>
    <message>
        <source>Actual savings</source>
        <translation>Tiết kiệm thực tế</translation>
    </message>
    <message>
        <source>Expected savings</source>
        <translation>Tiết kiệm dự kiến</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Content (SHA-256)</source>
        <translation>Nội dung (SHA-256)</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Ký lúc</translation>
    </message>
    <message>
        <source>Changes signed (SHA-256)</source>
        <translation>Các thay đổi đã ký (SHA-256)</translation>
    </message>
    <message>
        <source>Signed report</source>
        <translation>Báo cáo đã ký</translation>
    </message>
    <message>
        <source>Signed as of change (on the signing device)</source>
        <translation>Ký theo trạng thái của thay đổi (trên thiết bị đã ký)</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>Bám theo lưới</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Loại đối tượng</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Người đề xuất</translation>
    </message>
    <message>
        <source>Submitter&apos;s sex</source>
        <translation>Giới tính người đề xuất</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Signature page (SHA-256)</source>
        <translation>Trang chữ ký (SHA-256)</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Chụp lúc</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Ghi lúc</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Chữ</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Độ dày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Union present</source>
        <translation>Có công đoàn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Xác minh bởi</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Xác minh ngày</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Hoàn thành ngày</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Loại chuyến thăm</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Chiều rộng</translation>
    </message>
    <message>
        <source>Workers, men</source>
        <translation>Công nhân, nam</translation>
    </message>
    <message>
        <source>Workers, women</source>
        <translation>Công nhân, nữ</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Stacking order</source>
        <translation>Thứ tự xếp lớp</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Khu vực</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>SCORE consultant</source>
        <translation>Chuyên gia tư vấn SCORE</translation>
    </message>
    <message>
        <source>Safety inspector</source>
        <translation>Thanh tra an toàn</translation>
    </message>
    <message>
        <source>Enterprise manager</source>
        <translation>Quản lý doanh nghiệp</translation>
    </message>
    <message>
        <source>Programme officer</source>
        <translation>Cán bộ chương trình</translation>
    </message>
</context>
</TS>
