-- Excerpt of the dev data set police/police.sql: the schema and the first 30 incidents.
CREATE TABLE IF NOT EXISTS police_incident (
  incident_no            VARCHAR(32) PRIMARY KEY,
  reported_at            TIMESTAMP NOT NULL,
  updated_at             TIMESTAMP NOT NULL,
  reporter_name          VARCHAR(64),
  reporter_phone         VARCHAR(32),
  address                VARCHAR(256),
  incident_type          VARCHAR(16),
  incident_subtype       VARCHAR(32),
  summary                VARCHAR(2000),
  station                VARCHAR(64),
  outcome                VARCHAR(32),
  referred_to_mediation  BOOLEAN
);
CREATE TABLE IF NOT EXISTS police_incident_party (
  incident_no  VARCHAR(32) NOT NULL,
  seq          INT NOT NULL,
  name         VARCHAR(64),
  id_number    VARCHAR(32),
  phone        VARCHAR(32),
  role         VARCHAR(16),
  PRIMARY KEY (incident_no, seq)
);
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260101000045', TIMESTAMP '2026-01-01 14:51:07', TIMESTAMP '2026-01-02 04:54:07', '李秀云', NULL, '青石鎮建設村3組18號', '纠纷', '家庭纠纷', '报警人称与家人李永明因赡养老人问题发生纠纷。民警到场后进行调解，双方暂时平息。', '城关派出所', '现场调解', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260101000045', 1, '李秀云', '996611199010063206', NULL, '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260101000045', 2, '李永明', NULL, '13718361646', '当事人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260101000072', TIMESTAMP '2026-01-01 18:04:50', TIMESTAMP '2026-01-03 10:26:50', '曹萍秀', '13258803827', '竹林村 河边', '治安', '诈骗', '报警人称接到冒充客服的电话被骗2300元。民警到场后进行调解，双方暂时平息。', '白水派出所', '现场调解', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260101000072', 1, '曹萍秀', NULL, '13258803827', '报警人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260103000031', TIMESTAMP '2026-01-03 08:36:12', TIMESTAMP '2026-01-03 13:40:12', '徐建明', NULL, '金坪鎮周家營社區5組41號', '治安', '诈骗', '报警人称接到冒充客服的电话被骗6700元。民警到场后移交村调委会调解。', '金坪派出所', '移交调解组织', TRUE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260103000031', 1, '徐建明', NULL, NULL, '报警人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260102000063', TIMESTAMP '2026-01-02 15:56:22', TIMESTAMP '2026-01-03 16:25:22', '郭国成', NULL, '柳湾乡马场村小学门口', '纠纷', '物业纠纷', '报警人称与馬平敏因房屋租赁押金退还发生纠纷。民警到场后移交村调委会调解。', '柳湾派出所', '移交调解组织', TRUE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260102000063', 1, '郭国成', NULL, NULL, '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260102000063', 2, '马平敏', '996611196907043847', '138 6646 8981', '当事人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260103000057', TIMESTAMP '2026-01-03 18:53:23', TIMESTAMP '2026-01-04 00:47:23', '刘军', '13742702060', '青石镇建设村第三村民小组25号', '纠纷', '邻里纠纷', '报警人称邻居许静静在房前屋后堆放杂物堵塞通道。民警到场后依法对违法行为人予以治安处罚。', '城关派出所', '治安处罚', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260103000057', 1, '刘军', '996611199112155072', NULL, '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260103000057', 2, '许静静', NULL, NULL, '当事人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260102000086', TIMESTAMP '2026-01-02 23:12:06', TIMESTAMP '2026-01-04 07:52:06', '吴志强', NULL, '白水镇张家沟社区河边', '纠纷', '邻里纠纷', '报警人称与邻居宋芳芳因排水沟改道引发纠纷。民警到场后进行调解，双方暂时平息。', '白水派出所', '现场调解', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260102000086', 1, '吴志强', NULL, NULL, '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260102000086', 2, '高芳', '996611195811205245', '182 8829 6959', '当事人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260102000086', 3, '宋芳芳', NULL, '+86 17758381704', '当事人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260102000012', TIMESTAMP '2026-01-02 09:26:08', TIMESTAMP '2026-01-04 09:50:08', '秦兰英', '13088023892', '白水镇团结社区河边', '求助', '物品遗失', '报警人称在白水镇集市遗失手机。民警到场后已妥善处置。', '白水派出所', '其他', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260102000012', 1, '秦兰英', '996611195111181107', '13088023892', '报警人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260104000065', TIMESTAMP '2026-01-04 21:16:07', TIMESTAMP '2026-01-05 04:21:07', '李桂雯', '15535224451', '青石镇建设村二组4号', '其他', '噪音扰民', '报警人称附近有人深夜燃放烟花扰民。民警到场后已妥善处置。', '城关派出所', '其他', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260104000065', 1, '李桂雯', '996611198101042123', '15535224451', '报警人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260102000040', TIMESTAMP '2026-01-02 15:28:14', TIMESTAMP '2026-01-05 14:08:14', '李斌伟', NULL, '周家营社区五组三十号', '其他', '动物伤人', '报警人称被流浪狗咬伤。民警到场后已妥善处置。', '金坪派出所', '其他', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260102000040', 1, '李斌伟', NULL, NULL, '报警人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260104000047', TIMESTAMP '2026-01-04 09:00:42', TIMESTAMP '2026-01-05 20:28:42', '田波', NULL, '胜利村六组25号', '纠纷', '家庭纠纷', '报警人称与家人田芳因分户建房问题争执。民警到场后移交村调委会调解。', '梅岭派出所', '移交调解组织', TRUE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260104000047', 1, '田波', '996611197004089910', NULL, '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260104000047', 2, '田芳', '992812194702035346', '+８６-１５７-９５３８-７３５８', '当事人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260103000081', TIMESTAMP '2026-01-03 23:12:14', TIMESTAMP '2026-01-06 03:20:14', '张欣怡', NULL, '青石镇滨河社区路口', '纠纷', '土地纠纷', '报警人称张春梅占用本户责任田不归还。民警到场后进行调解，双方暂时平息。', '城关派出所', '现场调解', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260103000081', 1, '張欣怡', NULL, NULL, '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260103000081', 2, '张春梅', NULL, NULL, '当事人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260103000081', 3, '孟菊', '996611195608165946', '13764618794', '证人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260105000078', TIMESTAMP '2026-01-05 21:49:23', TIMESTAMP '2026-01-06 08:39:23', '李亮志', '173 2657 7289', '青石镇建设村集市', '纠纷', '邻里纠纷', '报警人称与魏芳因邻里纠纷问题发生争执。民警到场后移交村调委会调解。', '城关派出所', '移交调解组织', TRUE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260105000078', 1, '李亮志', NULL, '17326577289', '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260105000078', 2, '魏芳', NULL, '15786072074', '当事人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260104000050', TIMESTAMP '2026-01-04 14:03:46', TIMESTAMP '2026-01-06 12:48:46', '陈霞芳', '139-3375-8782', '张家沟社区工地', '纠纷', '劳资纠纷', '报警人称与刘超宏因劳动争议问题发生争执。民警到场后进行调解，双方暂时平息。', '白水派出所', '现场调解', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260104000050', 1, '陈霞芳', '996611198702266501', '+86-139-3375-8782', '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260104000050', 2, '刘超宏', '996611195709260731', '19993462537', '当事人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260104000050', 3, '程俊杰', '996611200008228812', '0932 7286713', '证人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260105000041', TIMESTAMP '2026-01-05 03:46:31', TIMESTAMP '2026-01-07 03:18:31', '羅桂蘭', '15600077061', '柳湾乡新庄村卫生室旁', '纠纷', '土地纠纷', '报警人称夏娟晓占用本户责任田不归还。民警到场后进行调解，双方暂时平息。', '柳湾派出所', '现场调解', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260105000041', 1, '羅桂蘭', NULL, '15600077061', '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260105000041', 2, '周文斌', NULL, NULL, '当事人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260105000041', 3, '夏娟晓', '996611195409109642', '130-1323-1609', '当事人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260106000072', TIMESTAMP '2026-01-06 06:41:23', TIMESTAMP '2026-01-07 04:13:23', '秦金龙', '17363315275', '白水鎮團結社區路口', '交通', '交通事故', '报警人称驾驶摩托车发生单方事故。民警到场后进行调解，双方暂时平息。', '白水派出所', '现场调解', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260106000072', 1, '秦金龙', '996611198305230257', '17363315275', '报警人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260105000053', TIMESTAMP '2026-01-05 08:18:25', TIMESTAMP '2026-01-07 17:52:25', '吴 志强', '0932-3770581', '白水镇张家沟社区2组35号', '纠纷', '邻里纠纷', '报警人称因宅基地边界问题与邻居宋芳芳发生争执。民警到场后依法对违法行为人予以治安处罚。', '白水派出所', '治安处罚', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260105000053', 1, '吴 志强', '996611198910046515', '0932-3770581', '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260105000053', 2, '高芳', '996611195811205245', NULL, '当事人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260105000053', 3, '宋芳芳', NULL, '177 5838 1704', '当事人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260105000053', 4, '吴文斌', NULL, NULL, '证人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260106000047', TIMESTAMP '2026-01-06 02:27:48', TIMESTAMP '2026-01-07 18:00:48', '高平', '135-2853-7081', '梅岭镇刘家坪社区路口', '交通', '交通事故', '报警人称被陈进洋驾驶的车辆刮擦，对方拒绝赔偿。民警到场后进行调解，双方暂时平息。', '梅岭派出所', '现场调解', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260106000047', 1, '高平', '99661119763009333X', '135-2853-7081', '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260106000047', 2, '陈进洋', '996611198111061459', NULL, '当事人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260105000048', TIMESTAMP '2026-01-05 04:14:25', TIMESTAMP '2026-01-07 19:55:25', '邓永强', '15149596114', '白水镇民主村第六村民小组27号', '纠纷', '家庭纠纷', '报警人称与家人邓霞燕因分户建房问题争执。民警到场后进行调解，双方暂时平息。', '白水派出所', '现场调解', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260105000048', 1, '邓永强', '996611195708275130', '１５１４９５９６１１４', '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260105000048', 2, '邓霞燕', NULL, NULL, '当事人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260107000083', TIMESTAMP '2026-01-07 11:51:17', TIMESTAMP '2026-01-08 01:37:17', '陈杰', '18339356582', '白水镇团结社区第三村民小组35号', '求助', '开锁求助', '报警人称钥匙遗失被锁门外，请求协助。民警到场后已妥善处置。', '白水派出所', '其他', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260107000083', 1, '陳傑', '996422197102157970', NULL, '报警人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260106000118', TIMESTAMP '2026-01-06 22:23:02', TIMESTAMP '2026-01-08 02:27:02', '张宝龙', '09326874709', '柳湾乡卫生院', '纠纷', '医疗纠纷', '报警人称对柳湾乡卫生院收取的医疗费用有异议。民警到场后进行调解，双方暂时平息。', '金坪派出所', '现场调解', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260106000118', 1, '张宝龙', NULL, '0932-6874709', '报警人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260106000147', TIMESTAMP '2026-01-06 22:43:52', TIMESTAMP '2026-01-08 07:29:52', '黄桂英', '15261560599', '青岚县马场村4组二十七号', '其他', '动物伤人', '报警人称被流浪狗咬伤。民警到场后已妥善处置。', '柳湾派出所', '其他', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260106000147', 1, '黄桂英', '996611198008074200', '15261560599', '报警人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260106000110', TIMESTAMP '2026-01-06 18:25:12', TIMESTAMP '2026-01-08 12:34:12', '黄春', '18083384471', '金坪镇东风村2组15号', '纠纷', '物业纠纷', '报警人称青岚永安物业管理有限公司小区电梯长期故障无人维修。民警到场后进行调解，双方暂时平息。', '金坪派出所', '现场调解', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260106000110', 1, '黄春', NULL, '18083384471', '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260106000110', 2, '黄桂丹', NULL, NULL, '证人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260106000085', TIMESTAMP '2026-01-06 08:03:11', TIMESTAMP '2026-01-08 13:58:11', '张 晓东', '17786736209', '刘家坪社区6组16号', '求助', '物品遗失', '报警人称在梅岭镇集市遗失手机。民警到场后已妥善处置。', '梅岭派出所', '其他', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260106000085', 1, '张晓东', '996611200009265834', '+86 17786736209', '报警人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260107000064', TIMESTAMP '2026-01-07 00:13:36', TIMESTAMP '2026-01-08 16:40:36', '王桂兰', '15575922167', '胜利村六组１号', '纠纷', '家庭纠纷', '报警人称与家人王浩俊因家庭琐事发生争吵，对方有打骂行为。民警到场后告知双方通过法律途径解决。', '梅岭派出所', '其他', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260107000064', 1, '王桂兰', '996611198306216828', '15575922167', '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260107000064', 2, '王浩俊', '996611198706230653', NULL, '当事人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260108000032', TIMESTAMP '2026-01-08 01:41:13', TIMESTAMP '2026-01-08 20:34:13', '韦霞蓉', '180 2996 6790', '梅岭镇柳树社区3组43号', '治安', '诈骗', '报警人称接到冒充客服的电话被骗1400元。民警到场后移交村调委会调解。', '梅岭派出所', '移交调解组织', TRUE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260108000032', 1, '韦霞蓉', '996611196604280407', '18029966790', '报警人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260106000116', TIMESTAMP '2026-01-06 20:30:53', TIMESTAMP '2026-01-09 00:05:53', '石明辉', '0932-3499745', '金坪镇七星村一组41号', '纠纷', '邻里纠纷', '报警人称与邻居李建平因琐事发生口角。民警到场后进行调解，双方暂时平息。', '金坪派出所', '现场调解', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260106000116', 1, '石明辉', NULL, '15032747398', '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260106000116', 2, '李建平', '996611197210081776', '+86-195-6999-8152', '当事人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260107000096', TIMESTAMP '2026-01-07 17:54:17', TIMESTAMP '2026-01-09 15:13:17', '唐强', '183 4409 7296', '上寨村河边', '求助', '走失求助', '报警人称家中老人外出未归，请求协助寻找。民警到场后已妥善处置。', '柳湾派出所', '其他', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260107000096', 1, '唐强', '996611771023565', '18344097296', '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260107000096', 2, '罗娟', NULL, NULL, '当事人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260109000039', TIMESTAMP '2026-01-09 08:26:35', TIMESTAMP '2026-01-09 16:57:35', '丁莉玲', '+86-158-8666-2855', '青石镇向阳村工地', '纠纷', '劳资纠纷', '报警人称在青岚金鹏建筑公司务工，被拖欠工资65000元。民警到场后依法对违法行为人予以治安处罚。', '城关派出所', '治安处罚', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260109000039', 1, '丁莉玲', '99661143040325 6', '+86-158-8666-2855', '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260109000039', 2, '魏磊文', NULL, '18959214869', '当事人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260109000039', 3, '刘建', '996611193810262054', '13917145813', '证人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260107000095', TIMESTAMP '2026-01-07 16:17:29', TIMESTAMP '2026-01-09 18:42:29', '李杰国', NULL, '青石鎮建設村三組26號', '纠纷', '邻里纠纷', '报警人称与邻居姜海燕因琐事发生口角。民警到场后进行调解，双方暂时平息。', '城关派出所', '现场调解', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260107000095', 1, '李杰国', '９９６６１１７６０６０９５５１', NULL, '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260107000095', 2, '姜海燕', NULL, NULL, '当事人');
INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, referred_to_mediation) VALUES ('JQ20260107000100', TIMESTAMP '2026-01-07 18:10:02', TIMESTAMP '2026-01-10 01:33:02', '彭丹', '13023703239', '梅岭镇柳树社区卫生室旁', '纠纷', '土地纠纷', '报警人称与冯庆因土地水事问题发生争执。民警到场后进行调解，双方暂时平息。', '梅岭派出所', '现场调解', FALSE);
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260107000100', 1, '彭丹', NULL, '13023703239', '报警人');
INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) VALUES ('JQ20260107000100', 2, '冯庆', '996611197906046231', '18124578447', '当事人');
