-- COMMENT ON every table and on each column whose meaning its name does not tell: what psql \d+,
-- a database browser or a report writer sees. drizzle-kit does not generate comments; this file
-- is written by hand (a custom migration). Valid on PostgreSQL 15+ and PGlite.
COMMENT ON TABLE units IS 'Đơn vị: VKSND các cấp, phòng, văn phòng; cây có lịch sử (valid_from/valid_to, successor_id).';
--> statement-breakpoint
COMMENT ON COLUMN units.code IS 'Mã đơn vị, duy nhất (ví dụ CT, CT.KV6).';
--> statement-breakpoint
COMMENT ON COLUMN units.short_name IS 'Tên viết tắt hiển thị trong bảng và biểu đồ.';
--> statement-breakpoint
COMMENT ON COLUMN units.level IS 'Cấp đơn vị: supreme (VKSND tối cao), provincial (cấp tỉnh), regional (khu vực), district (cấp huyện, đến 30/6/2025), department (phòng), office (văn phòng).';
--> statement-breakpoint
COMMENT ON COLUMN units.parent_id IS 'Đơn vị cấp trên trực tiếp; null ở gốc cây.';
--> statement-breakpoint
COMMENT ON COLUMN units.successor_id IS 'Đơn vị kế thừa khi đơn vị này chấm dứt (sáp nhập 01/7/2025: VKSND cấp huyện → VKSND khu vực).';
--> statement-breakpoint
COMMENT ON COLUMN units.valid_from IS 'Ngày bắt đầu tồn tại của đơn vị.';
--> statement-breakpoint
COMMENT ON COLUMN units.valid_to IS 'Ngày cuối cùng đơn vị tồn tại; null khi đơn vị còn hoạt động.';
--> statement-breakpoint
COMMENT ON COLUMN units.sort_order IS 'Thứ tự hiển thị trong cùng cấp trên.';
--> statement-breakpoint
COMMENT ON TABLE people IS 'Cán bộ: công chức, người lao động của các đơn vị, có thể có tài khoản đăng nhập.';
--> statement-breakpoint
COMMENT ON COLUMN people.title IS 'Chức danh, ngạch (mã trong STAFF_TITLES, ví dụ ksv_trung_cap).';
--> statement-breakpoint
COMMENT ON COLUMN people.unit_id IS 'Đơn vị công tác.';
--> statement-breakpoint
COMMENT ON COLUMN people.gender IS 'Giới tính: nam, nu.';
--> statement-breakpoint
COMMENT ON COLUMN people.active IS 'false khi cán bộ không còn công tác: không đăng nhập được.';
--> statement-breakpoint
COMMENT ON COLUMN people.username IS 'Tên đăng nhập; null nếu cán bộ không có tài khoản.';
--> statement-breakpoint
COMMENT ON COLUMN people.password_hash IS 'Băm mật khẩu (argon2id); không bao giờ ghi vào nhật ký.';
--> statement-breakpoint
COMMENT ON COLUMN people.password_changed_at IS 'Lần đổi mật khẩu gần nhất; null nếu chưa đổi lần nào.';
--> statement-breakpoint
COMMENT ON COLUMN people.demo_login IS 'Tài khoản của tỉnh mẫu, mật khẩu in trong README: ngoài chế độ mẫu phải đổi mật khẩu trước khi làm việc khác; xóa khi đổi mật khẩu.';
--> statement-breakpoint
COMMENT ON TABLE role_grants IS 'Vai trò của một cán bộ đối với một đơn vị; phạm vi (đơn vị và cây con) do src/domain/access quyết định.';
--> statement-breakpoint
COMMENT ON COLUMN role_grants.role IS 'Vai trò: admin, leadership (lãnh đạo Viện), head (trưởng/phó đơn vị), prosecutor (kiểm sát viên), statistics, emulation, readonly.';
--> statement-breakpoint
COMMENT ON COLUMN role_grants.unit_id IS 'Đơn vị mà vai trò được giao.';
--> statement-breakpoint
COMMENT ON TABLE sessions IS 'Phiên đăng nhập, lưu trong cơ sở dữ liệu để mọi phiên bản máy chủ dùng chung.';
--> statement-breakpoint
COMMENT ON COLUMN sessions.id IS 'SHA-256 của mã phiên trong cookie; mã gốc không được lưu.';
--> statement-breakpoint
COMMENT ON COLUMN sessions.csrf_token IS 'Mã chống CSRF của phiên, trình duyệt gửi lại trong tiêu đề X-CSRF-Token.';
--> statement-breakpoint
COMMENT ON COLUMN sessions.last_seen_at IS 'Lần cuối phiên được dùng; phiên hết hạn khi không dùng quá lâu.';
--> statement-breakpoint
COMMENT ON COLUMN sessions.expires_at IS 'Thời điểm phiên hết hiệu lực.';
--> statement-breakpoint
COMMENT ON COLUMN sessions.ip IS 'Địa chỉ IP khi tạo phiên.';
--> statement-breakpoint
COMMENT ON COLUMN sessions.user_agent IS 'Trình duyệt khi tạo phiên.';
--> statement-breakpoint
COMMENT ON TABLE login_attempts IS 'Mỗi lần thử đăng nhập, thành công hay không, để giới hạn tần suất trên mọi phiên bản máy chủ.';
--> statement-breakpoint
COMMENT ON COLUMN login_attempts.username IS 'Tên đăng nhập đã nhập (có thể không tồn tại).';
--> statement-breakpoint
COMMENT ON COLUMN login_attempts.succeeded IS 'true nếu đăng nhập thành công.';
--> statement-breakpoint
COMMENT ON COLUMN login_attempts.at IS 'Thời điểm thử.';
--> statement-breakpoint
COMMENT ON TABLE auth_throttles IS 'Độ trễ tăng dần sau những lần nhập sai mật khẩu, mỗi dòng một bí mật bị đoán (src/server/modules/auth/throttle.ts).';
--> statement-breakpoint
COMMENT ON COLUMN auth_throttles.scope IS 'Loại: ''login'' (đăng nhập, theo tên đăng nhập và địa chỉ), ''password'' (mật khẩu hiện tại khi đổi mật khẩu, theo cán bộ).';
--> statement-breakpoint
COMMENT ON COLUMN auth_throttles.key IS 'Khóa đếm trong phạm vi scope.';
--> statement-breakpoint
COMMENT ON COLUMN auth_throttles.username IS 'Tên đăng nhập đã nhập, để quản trị viên xem.';
--> statement-breakpoint
COMMENT ON COLUMN auth_throttles.unit_id IS 'Đơn vị của tài khoản khi tên đăng nhập tồn tại: quyết định quản trị viên nào thấy dòng này.';
--> statement-breakpoint
COMMENT ON COLUMN auth_throttles.failures IS 'Số lần sai liên tiếp.';
--> statement-breakpoint
COMMENT ON COLUMN auth_throttles.blocked_until IS 'Trước thời điểm này không xét lần thử nào của khóa; null khi chưa vượt số lần sai được miễn.';
--> statement-breakpoint
COMMENT ON TABLE audit_log IS 'Nhật ký: ai làm gì với bản ghi nào, trước và sau, ghi trong cùng giao dịch với thay đổi; chỉ thêm, không sửa, không có khóa ngoại.';
--> statement-breakpoint
COMMENT ON COLUMN audit_log.at IS 'Thời điểm ghi (clock_timestamp, không phải đầu giao dịch).';
--> statement-breakpoint
COMMENT ON COLUMN audit_log.actor_id IS 'Cán bộ thực hiện; null với việc của hệ thống hoặc đăng nhập thất bại.';
--> statement-breakpoint
COMMENT ON COLUMN audit_log.unit_id IS 'Đơn vị sở hữu bản ghi bị tác động; quyết định ai được xem dòng nhật ký này.';
--> statement-breakpoint
COMMENT ON COLUMN audit_log.action IS 'Hành động: create, update, delete, read, export, login, logout, login_failed, login_throttled, password_change, withdraw.';
--> statement-breakpoint
COMMENT ON COLUMN audit_log.entity IS 'Loại bản ghi bị tác động (ví dụ ''matter'', ''person'', ''unit'').';
--> statement-breakpoint
COMMENT ON COLUMN audit_log.entity_id IS 'Mã bản ghi bị tác động, dạng chuỗi.';
--> statement-breakpoint
COMMENT ON COLUMN audit_log.before IS 'Giá trị trước khi thay đổi (đã ẩn bí mật).';
--> statement-breakpoint
COMMENT ON COLUMN audit_log.after IS 'Giá trị sau khi thay đổi (đã ẩn bí mật).';
--> statement-breakpoint
COMMENT ON COLUMN audit_log.request_id IS 'Mã yêu cầu HTTP, để đối chiếu với nhật ký máy chủ.';
--> statement-breakpoint
COMMENT ON TABLE app_counters IS 'Bộ đếm tăng dần dùng chung giữa các phiên bản máy chủ, ví dụ phiên bản cây đơn vị mà mỗi máy chủ lưu đệm.';
--> statement-breakpoint
COMMENT ON COLUMN app_counters.key IS 'Tên bộ đếm.';
--> statement-breakpoint
COMMENT ON COLUMN app_counters.value IS 'Giá trị hiện tại; tăng mỗi khi dữ liệu nó đại diện thay đổi.';
--> statement-breakpoint
COMMENT ON TABLE official_calendar_entries IS 'Lịch nghỉ chính thức: điều chỉnh của quản trị viên so với lịch tính sẵn — nghỉ Tết do Thủ tướng quyết định (BLLĐ 2019 Điều 112 khoản 3), nghỉ bù (Điều 111 khoản 3), hoán đổi ngày làm việc.';
--> statement-breakpoint
COMMENT ON COLUMN official_calendar_entries.kind IS '''day_off'' (ngày nghỉ) hoặc ''working_day'' (ngày làm việc, ví dụ thứ Bảy làm bù).';
--> statement-breakpoint
COMMENT ON COLUMN official_calendar_entries.reason IS 'Lý do hiển thị cho người dùng.';
--> statement-breakpoint
COMMENT ON COLUMN official_calendar_entries.legal_source IS 'Văn bản làm căn cứ, ví dụ ''Thông báo số …/TB-BNV''.';
--> statement-breakpoint
COMMENT ON COLUMN official_calendar_entries.updated_by IS 'Cán bộ ghi lần cuối; không có khóa ngoại, như nhật ký.';
--> statement-breakpoint
COMMENT ON TABLE official_calendar_years IS 'Năm mà quản trị viên đã nhập và xác nhận thông báo nghỉ lễ, Tết; từ đó các ngày trong official_calendar_entries của năm thay cho ngày nghỉ bù tính sẵn (BLLĐ 2019 Điều 111, 112; Nghị định 128/2025/NĐ-CP Điều 7 khoản 2).';
--> statement-breakpoint
COMMENT ON COLUMN official_calendar_years.decision IS 'Văn bản thông báo, ví dụ ''Thông báo số 9441/TB-BNV''.';
--> statement-breakpoint
COMMENT ON COLUMN official_calendar_years.decided_on IS 'Ngày ban hành văn bản.';
--> statement-breakpoint
COMMENT ON COLUMN official_calendar_years.updated_by IS 'Cán bộ xác nhận lần cuối; không có khóa ngoại.';
--> statement-breakpoint
COMMENT ON TABLE national_calendar_managers IS 'Quản trị viên được quản trị viên VKSND tối cao giao quyền sửa lịch nghỉ chính thức toàn quốc; thu hồi thì xóa dòng, nhật ký giữ lại lịch sử.';
--> statement-breakpoint
COMMENT ON COLUMN national_calendar_managers.granted_by IS 'Quản trị viên đã giao quyền; null nếu nạp từ dữ liệu mẫu.';
--> statement-breakpoint
COMMENT ON COLUMN national_calendar_managers.created_at IS 'Thời điểm giao quyền.';
--> statement-breakpoint
COMMENT ON TABLE calendar_recomputes IS 'Một lần tính lại các thời hạn mà một thay đổi lịch nghỉ chính thức có thể làm dịch chuyển, chạy theo từng lô vụ việc trong hàng đợi công việc.';
--> statement-breakpoint
COMMENT ON COLUMN calendar_recomputes.job_id IS 'Mã công việc (uuid) trong hàng đợi pg-boss.';
--> statement-breakpoint
COMMENT ON COLUMN calendar_recomputes.entry_id IS 'Dòng official_calendar_entries bị thay đổi; null khi xác nhận, rút năm hoặc dòng đã bị xóa.';
--> statement-breakpoint
COMMENT ON COLUMN calendar_recomputes.action IS 'Thay đổi gây ra: create, update, delete (một ngày), confirm_year, withdraw_year (cả năm).';
--> statement-breakpoint
COMMENT ON COLUMN calendar_recomputes.dates IS 'Các ngày đổi trạng thái nghỉ/làm việc (mảng YYYY-MM-DD).';
--> statement-breakpoint
COMMENT ON COLUMN calendar_recomputes.matter_ids IS 'Các vụ việc cần tính lại, theo thứ tự mã.';
--> statement-breakpoint
COMMENT ON COLUMN calendar_recomputes.deadlines IS 'Số thời hạn của các vụ việc đó nằm quanh các ngày thay đổi.';
--> statement-breakpoint
COMMENT ON COLUMN calendar_recomputes.position IS 'Số vụ việc trong matter_ids đã tính xong; lần chạy lại tiếp tục từ đây.';
--> statement-breakpoint
COMMENT ON COLUMN calendar_recomputes.moved IS 'Số thời hạn đã dịch chuyển.';
--> statement-breakpoint
COMMENT ON COLUMN calendar_recomputes.moves IS 'Những dịch chuyển đầu tiên, hiển thị trên trang lịch.';
--> statement-breakpoint
COMMENT ON COLUMN calendar_recomputes.status IS 'Trạng thái: queued, running, retrying, done, failed.';
--> statement-breakpoint
COMMENT ON COLUMN calendar_recomputes.attempts IS 'Số lần đã chạy.';
--> statement-breakpoint
COMMENT ON COLUMN calendar_recomputes.error IS 'Lỗi lần chạy gần nhất.';
--> statement-breakpoint
COMMENT ON COLUMN calendar_recomputes.requested_by IS 'Cán bộ đã thay đổi lịch.';
--> statement-breakpoint
COMMENT ON COLUMN calendar_recomputes.unit_id IS 'Đơn vị của cán bộ đó.';
--> statement-breakpoint
COMMENT ON TABLE matters IS 'Vụ việc trong sổ thụ lý: tin báo về tội phạm, vụ án hình sự, vụ việc dân sự, vụ án hành chính được kiểm sát.';
--> statement-breakpoint
COMMENT ON COLUMN matters.unit_id IS 'Đơn vị thụ lý.';
--> statement-breakpoint
COMMENT ON COLUMN matters.kind IS 'Loại: crime_report (tố giác, tin báo, kiến nghị khởi tố), criminal_case (vụ án hình sự), civil (dân sự, HNGĐ, KDTM, lao động), administrative (hành chính).';
--> statement-breakpoint
COMMENT ON COLUMN matters.number IS 'Số thụ lý, duy nhất trong đơn vị.';
--> statement-breakpoint
COMMENT ON COLUMN matters.received_on IS 'Ngày thụ lý.';
--> statement-breakpoint
COMMENT ON COLUMN matters.prosecutor_id IS 'Kiểm sát viên được phân công.';
--> statement-breakpoint
COMMENT ON COLUMN matters.stage IS 'Giai đoạn, suy ra từ các hành vi tố tụng (src/domain/register/stages.ts); ghi lại cùng mỗi lần ghi hành vi.';
--> statement-breakpoint
COMMENT ON COLUMN matters.stage_label IS 'Tên giai đoạn bằng tiếng Việt, lưu sẵn cho danh sách và thống kê.';
--> statement-breakpoint
COMMENT ON COLUMN matters.category IS 'Loại tội nặng nhất (it_nghiem_trong … dac_biet_nghiem_trong, BLHS Điều 9), quyết định thời hạn của vụ án; suy ra.';
--> statement-breakpoint
COMMENT ON COLUMN matters.closed IS 'true khi giai đoạn kết thúc việc kiểm sát; suy ra.';
--> statement-breakpoint
COMMENT ON COLUMN matters.next_due_date IS 'Hạn gần nhất trong các thời hạn đang chạy; suy ra, cho danh sách.';
--> statement-breakpoint
COMMENT ON COLUMN matters.created_by IS 'Cán bộ tạo vụ việc.';
--> statement-breakpoint
COMMENT ON TABLE matter_subjects IS 'Bị can, bị cáo, đương sự: những người mà vụ việc liên quan.';
--> statement-breakpoint
COMMENT ON COLUMN matter_subjects.unit_id IS 'Đơn vị thụ lý (chép từ matters, để lọc không cần nối bảng).';
--> statement-breakpoint
COMMENT ON COLUMN matter_subjects.gender IS 'Giới tính: nam, nu.';
--> statement-breakpoint
COMMENT ON COLUMN matter_subjects.charge_article IS 'Điều BLHS của tội danh đang áp dụng, như cách Bộ luật đánh số: ''173'', ''217a''; suy ra.';
--> statement-breakpoint
COMMENT ON COLUMN matter_subjects.charge_clause IS 'Khoản của điều; suy ra.';
--> statement-breakpoint
COMMENT ON COLUMN matter_subjects.charge_point IS 'Điểm của khoản; suy ra.';
--> statement-breakpoint
COMMENT ON COLUMN matter_subjects.category IS 'Loại tội theo tội danh đang áp dụng (BLHS Điều 9); suy ra.';
--> statement-breakpoint
COMMENT ON COLUMN matter_subjects.measure IS 'Biện pháp ngăn chặn đang áp dụng: ''none'', ''custody'' (tạm giữ), ''detention'' (tạm giam); suy ra.';
--> statement-breakpoint
COMMENT ON TABLE matter_events IS 'Hành vi tố tụng: không bao giờ xóa; ghi nhầm thì hủy (voided_at, void_reason).';
--> statement-breakpoint
COMMENT ON COLUMN matter_events.unit_id IS 'Đơn vị thụ lý (chép từ matters).';
--> statement-breakpoint
COMMENT ON COLUMN matter_events.subject_id IS 'Người mà hành vi áp dụng, với hành vi theo từng người (khởi tố bị can, tạm giam…).';
--> statement-breakpoint
COMMENT ON COLUMN matter_events.type IS 'Loại hành vi (src/domain/register/event-types.ts).';
--> statement-breakpoint
COMMENT ON COLUMN matter_events.occurred_on IS 'Ngày của hành vi (ngày ký quyết định, ngày tiếp nhận…).';
--> statement-breakpoint
COMMENT ON COLUMN matter_events.occurred_at IS 'Giờ của hành vi (HH:MM) khi thời hạn tính theo giờ, ví dụ tạm giữ.';
--> statement-breakpoint
COMMENT ON COLUMN matter_events.document_number IS 'Số văn bản.';
--> statement-breakpoint
COMMENT ON COLUMN matter_events.issuing_body IS 'Cơ quan ban hành văn bản.';
--> statement-breakpoint
COMMENT ON COLUMN matter_events.data IS 'Dữ liệu riêng của loại hành vi, kiểm tra bằng lược đồ của loại đó.';
--> statement-breakpoint
COMMENT ON COLUMN matter_events.recorded_by IS 'Cán bộ nhập hành vi.';
--> statement-breakpoint
COMMENT ON COLUMN matter_events.recorded_at IS 'Thời điểm nhập; chỉ số "tính đến ngày" dựa vào đây.';
--> statement-breakpoint
COMMENT ON COLUMN matter_events.voided_at IS 'Thời điểm hủy; null khi còn hiệu lực.';
--> statement-breakpoint
COMMENT ON COLUMN matter_events.voided_by IS 'Cán bộ hủy.';
--> statement-breakpoint
COMMENT ON COLUMN matter_events.void_reason IS 'Lý do hủy.';
--> statement-breakpoint
COMMENT ON TABLE deadlines IS 'Thời hạn tố tụng suy ra từ các hành vi tố tụng; tính lại trong cùng giao dịch với mỗi lần ghi.';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.unit_id IS 'Đơn vị thụ lý (chép từ matters).';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.key IS 'Khóa ổn định qua các lần tính lại: quy định, người, hành vi bắt đầu (rule:subject:event).';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.subject_id IS 'Người mà thời hạn áp dụng; null với thời hạn của cả vụ việc.';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.rule_code IS 'Mã quy định về thời hạn (src/domain/deadlines/rules).';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.start_event_id IS 'Hành vi tố tụng bắt đầu tính thời hạn.';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.start_date IS 'Ngày bắt đầu tính.';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.due_date IS 'Hạn dùng để cảnh báo và đánh giá đúng hạn: cách tính theo Điều 134 BLTTHS (chặt chẽ với thời hạn của Viện kiểm sát); null khi chưa xác định được (ví dụ đang tạm đình chỉ).';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.alternative_due_date IS 'Hạn theo cách đọc khác của Điều 134, khi quy định có hai cách và chúng khác nhau ("hạn cuối theo cách tính khác").';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.due_time IS 'Giờ hết hạn (HH:MM) với thời hạn tính theo giờ.';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.unadjusted_due_date IS 'Hạn trước khi dời vì ngày nghỉ.';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.moved_because_of_day_off IS 'true khi hạn rơi vào ngày nghỉ và được dời sang ngày làm việc tiếp theo.';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.day_off_reasons IS 'Các ngày nghỉ đã làm dời hạn và lý do.';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.basis IS 'Căn cứ pháp lý bằng tiếng Việt, ví dụ: Điều 240 BLTTHS 2015: 30 ngày kể từ ngày nhận hồ sơ…';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.latest_extension_request_date IS 'Ngày cuối cùng được đề nghị gia hạn lần tiếp theo, khi còn gia hạn và luật quy định thời gian đề nghị trước.';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.extensions_remaining IS 'Số lần còn được gia hạn.';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.status IS 'Trạng thái lưu: open, suspended, met, missed; ''quá hạn'' là open có hạn đã qua, tính theo ngày xem.';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.closed_by_event_id IS 'Hành vi tố tụng kết thúc thời hạn.';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.closed_on IS 'Ngày kết thúc thời hạn.';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.start_recorded_at IS 'Thời điểm nhập hành vi bắt đầu (matter_events.recorded_at), cho chỉ số "tính đến ngày".';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.closed_recorded_at IS 'Thời điểm nhập hành vi kết thúc, cho chỉ số "tính đến ngày".';
--> statement-breakpoint
COMMENT ON COLUMN deadlines.responsible_id IS 'Kiểm sát viên chịu trách nhiệm (kiểm sát viên của vụ việc).';
--> statement-breakpoint
COMMENT ON TABLE deadline_digests IS 'Bản tin thời hạn hằng ngày của từng cán bộ, tính theo lịch, đọc trong ứng dụng.';
--> statement-breakpoint
COMMENT ON COLUMN deadline_digests.unit_id IS 'Đơn vị của cán bộ khi tính bản tin.';
--> statement-breakpoint
COMMENT ON COLUMN deadline_digests.day IS 'Ngày (giờ Việt Nam) của bản tin.';
--> statement-breakpoint
COMMENT ON COLUMN deadline_digests.content IS 'Nội dung: { mine: {counts, items}, unit: {counts, items} | null }.';
--> statement-breakpoint
COMMENT ON TABLE indicator_targets IS 'Mục tiêu của chỉ tiêu nghiệp vụ từ một ngày, do quản trị viên nhập; mục tiêu mặc định nạp từ src/domain/indicators/catalogue.ts. Mục tiêu mới kết thúc mục tiêu trước vào ngày hôm trước.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_targets.indicator_code IS 'Mã chỉ tiêu trong danh mục (src/domain/indicators/catalogue.ts).';
--> statement-breakpoint
COMMENT ON COLUMN indicator_targets.effective_from IS 'Ngày mục tiêu bắt đầu áp dụng.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_targets.effective_to IS 'Ngày cuối áp dụng; null khi đang áp dụng.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_targets.comparison IS 'Phép so sánh: ''>'', ''>='', ''='', ''<='', ''<'', ''higher_than_last_year'', ''lower_than_last_year''.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_targets.value IS 'Giá trị mục tiêu (tỷ lệ %, số); null khi chưa xác định giá trị.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_targets.unconfirmed IS 'true khi giá trị được nhớ lại, chưa đối chiếu văn bản chính thức.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_targets.legal_source IS 'Văn bản đặt ra mục tiêu (nghị quyết, chỉ thị…).';
--> statement-breakpoint
COMMENT ON COLUMN indicator_targets.note IS 'Ghi chú.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_targets.created_by IS 'Cán bộ nhập; null với mục tiêu mặc định.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_targets.unit_id IS 'Đơn vị mà quản trị viên của nó giữ mục tiêu (đơn vị của quyền đã dùng để nhập); null với mục tiêu mặc định của cả cây.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_targets.withdrawn_at IS 'Rút chỉ tiêu: thời điểm rút vì nhập nhầm; vẫn giữ để đối chiếu nhưng không còn áp dụng.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_targets.withdrawn_by IS 'Cán bộ rút.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_targets.withdrawal_reason IS 'Lý do rút.';
--> statement-breakpoint
COMMENT ON TABLE period_closures IS 'Chốt số liệu: số liệu của một đơn vị cho một kỳ đã báo cáo lên trên, giữ nguyên; sửa sổ sau đó hiện thành chênh lệch "đã báo cáo" và "đến nay".';
--> statement-breakpoint
COMMENT ON COLUMN period_closures.unit_id IS 'Đơn vị chốt số liệu (cộng cả cây con).';
--> statement-breakpoint
COMMENT ON COLUMN period_closures.period_key IS 'Mã kỳ: NTK2025 (năm thống kê), 6T2025, Q2025-1, T2025-03…';
--> statement-breakpoint
COMMENT ON COLUMN period_closures.period_from IS 'Ngày đầu kỳ.';
--> statement-breakpoint
COMMENT ON COLUMN period_closures.period_to IS 'Ngày cuối kỳ.';
--> statement-breakpoint
COMMENT ON COLUMN period_closures.as_of IS 'Ngày "tính đến" của số liệu đã chốt.';
--> statement-breakpoint
COMMENT ON COLUMN period_closures.figures IS '{ [mã chỉ tiêu]: { numerator, denominator } }, cộng trên cây con của đơn vị.';
--> statement-breakpoint
COMMENT ON COLUMN period_closures.closed_by IS 'Cán bộ chốt.';
--> statement-breakpoint
COMMENT ON COLUMN period_closures.closed_at IS 'Thời điểm chốt.';
--> statement-breakpoint
COMMENT ON TABLE register_changes IS 'Mỗi câu lệnh thay đổi sổ thụ lý thêm một dòng cho mỗi đơn vị bị tác động (trigger ở migrations/0008); mã mới nhất của đơn vị là phiên bản sổ của nó, số liệu lưu đệm ở phiên bản cũ hơn là đã cũ.';
--> statement-breakpoint
COMMENT ON COLUMN register_changes.unit_id IS 'Đơn vị có sổ bị thay đổi.';
--> statement-breakpoint
COMMENT ON COLUMN register_changes.changed_at IS 'Thời điểm thay đổi.';
--> statement-breakpoint
COMMENT ON TABLE indicator_figure_cache IS 'Số liệu chỉ tiêu đã tính của một đơn vị ghi sổ, một kỳ, một ngày "tính đến", theo một phiên bản công thức, ở một phiên bản sổ; số liệu cộng dồn tính từ đây trong bộ nhớ.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_figure_cache.period_key IS 'Mã kỳ (như period_closures.period_key).';
--> statement-breakpoint
COMMENT ON COLUMN indicator_figure_cache.as_of IS 'Ngày "tính đến".';
--> statement-breakpoint
COMMENT ON COLUMN indicator_figure_cache.formula_hash IS 'Băm của các công thức chỉ tiêu đã dùng; đổi công thức thì số liệu cũ không còn dùng.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_figure_cache.change_id IS 'register_changes.id mới nhất của đơn vị lúc tính: phiên bản sổ.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_figure_cache.figures IS '{ [mã chỉ tiêu]: [tử số, mẫu số | null] }.';
--> statement-breakpoint
COMMENT ON COLUMN indicator_figure_cache.computed_at IS 'Thời điểm tính.';
